package kz.qoltanba.portal.web;

import gg.jte.Content;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import kz.qoltanba.portal.i18n.Texts;

/**
 * What every template gets as {@code page}: texts in the user's language ({@code page.t("key")}), the CSRF field
 * for forms ({@code ${page.csrfField()}}), the logged-in principal (null when anonymous), the bridge URL for the
 * signing script, the current path (for the language switch).
 */
public final class Page {
    private final Texts texts;
    private final Session session;
    private final String path;
    private final String bridgeUrl;
    private final boolean devMode;

    Page(Texts texts, Session session, String path, String bridgeUrl, boolean devMode) {
        this.texts = texts;
        this.session = session;
        this.path = path;
        this.bridgeUrl = bridgeUrl;
        this.devMode = devMode;
    }

    public String t(String key, Object... args) {
        return texts.t(key, args);
    }

    public Texts texts() {
        return texts;
    }

    /** {@code "ru"} or {@code "kk"}. */
    public String lang() {
        return texts.lang().code();
    }

    /** The session's CSRF token (also in {@code <meta name="csrf-token">} for scripts). */
    public String csrf() {
        return session.csrfToken();
    }

    /** {@code <input type="hidden" name="_csrf" value="…">} for every POST form. */
    public Content csrfField() {
        String token = csrf();
        return output ->
                output.writeContent("<input type=\"hidden\" name=\"" + CsrfCheck.FIELD + "\" value=\"" + token + "\">");
    }

    /** The logged-in principal, or null. */
    public Principal principal() {
        return session.principal().orElse(null);
    }

    public boolean loggedIn() {
        return session.principal().isPresent();
    }

    public String bridgeUrl() {
        return bridgeUrl;
    }

    public String path() {
        return path;
    }

    public boolean devMode() {
        return devMode;
    }

    /** The link that switches to {@code code} and comes back to this page. */
    public String langUrl(String code) {
        return "/lang/" + code + "?return=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }
}

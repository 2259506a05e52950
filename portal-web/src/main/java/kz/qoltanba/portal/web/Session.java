package kz.qoltanba.portal.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.OptionalLong;
import kz.qoltanba.portal.i18n.Lang;

/**
 * The request's session, stored in PostgreSQL and named by the {@code QSESSION} cookie (HttpOnly, SameSite=Lax,
 * Secure over https). It is created on first need (a page with a form, a language choice, a login) and its id
 * changes at login and logout. Get it with {@link #of(Context)}.
 */
public final class Session {
    public static final String COOKIE = "QSESSION";
    public static final String LANG_COOKIE = "QLANG";
    static final String ATTRIBUTE = "kz.qoltanba.portal.session";

    private final Context ctx;
    private final SessionStore store;
    private final boolean secure;
    private SessionRecord current;
    private boolean loaded;

    Session(Context ctx, SessionStore store, boolean secure) {
        this.ctx = ctx;
        this.store = store;
        this.secure = secure;
    }

    /** The session of this request (the platform attaches one to every request). */
    public static Session of(Context ctx) {
        Session session = ctx.attribute(ATTRIBUTE);
        if (session == null) {
            throw new IllegalStateException("no session attached to " + ctx.path() + ": is the platform set up?");
        }
        return session;
    }

    /** The session's stable id (not the cookie's secret); creates the session if there is none yet. */
    public String id() {
        return ensure().id();
    }

    public Optional<Principal> principal() {
        SessionRecord record = stored();
        return record == null ? Optional.empty() : Optional.ofNullable(record.principal());
    }

    /**
     * The stored login signature ({@code signed_document} id) of this session's certificate login; empty when there
     * was none (anonymous, a password login, a session begun before logins were remembered).
     */
    public OptionalLong loginDocumentId() {
        SessionRecord record = stored();
        return record == null || record.loginDocumentId() == null
                ? OptionalLong.empty()
                : OptionalLong.of(record.loginDocumentId());
    }

    /** Logs {@code principal} in: a new session id and CSRF token replace the old ones, the language stays. */
    public void login(Principal principal) {
        rotate(principal, null);
    }

    /**
     * As {@link #login(Principal)} for a certificate login: the new session also remembers the login signature it
     * stored, {@code signed_document} row {@code loginDocumentId}.
     */
    public void login(Principal principal, long loginDocumentId) {
        rotate(principal, loginDocumentId);
    }

    private void rotate(Principal principal, Long loginDocumentId) {
        Lang lang = lang();
        if (stored() != null) {
            store.delete(current.id());
        }
        start(lang, principal, loginDocumentId);
    }

    /** Ends the session; the next request that needs one gets a new anonymous session. */
    public void logout() {
        if (stored() != null) {
            store.delete(current.id());
            current = null;
        }
        ctx.res()
                .addHeader(
                        "Set-Cookie",
                        COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : ""));
    }

    /** The user's language: the session's choice, else the language cookie, else Russian. */
    public Lang lang() {
        SessionRecord record = stored();
        if (record != null && record.lang() != null) {
            return record.lang();
        }
        return Lang.of(ctx.cookie(LANG_COOKIE)).orElse(Lang.DEFAULT);
    }

    /** Remembers {@code lang} in the session and in a year-long cookie. */
    public void lang(Lang lang) {
        SessionRecord record = ensure();
        store.updateLang(record.id(), lang);
        current = record.withLang(lang);
        ctx.res()
                .addHeader(
                        "Set-Cookie",
                        LANG_COOKIE + "=" + lang.code() + "; Path=/; Max-Age=31536000; SameSite=Lax"
                                + (secure ? "; Secure" : ""));
    }

    /** The CSRF token forms and scripts send back ({@code _csrf} field or {@code X-CSRF-Token} header). */
    public String csrfToken() {
        return ensure().csrfToken();
    }

    /** Whether {@code presented} is this session's CSRF token (constant-time comparison). */
    public boolean csrfMatches(String presented) {
        SessionRecord record = stored();
        if (record == null || presented == null) {
            return false;
        }
        return MessageDigest.isEqual(
                record.csrfToken().getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.US_ASCII));
    }

    /** The stored session named by the cookie, looked up once per request; null when there is none. */
    private SessionRecord stored() {
        if (!loaded) {
            current = store.find(ctx.cookie(COOKIE)).orElse(null);
            loaded = true;
        }
        return current;
    }

    private SessionRecord ensure() {
        if (stored() == null) {
            start(lang(), null, null);
        }
        return current;
    }

    private void start(Lang lang, Principal principal, Long loginDocumentId) {
        String token = store.newToken();
        current = store.create(token, lang, principal, loginDocumentId);
        loaded = true;
        ctx.res()
                .addHeader(
                        "Set-Cookie",
                        COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : ""));
    }
}

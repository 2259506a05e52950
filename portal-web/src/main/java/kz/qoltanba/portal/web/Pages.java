package kz.qoltanba.portal.web;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import kz.qoltanba.portal.i18n.Messages;

/**
 * Renders pages: {@code Pages.render(ctx, "social/profile.jte", Map.of("org", org))}. Every template receives
 * {@code page} ({@link Page}) and {@code csrf} (the hidden form field as content) besides its own parameters.
 */
public final class Pages {
    static final String ATTRIBUTE = "kz.qoltanba.portal.pages";

    private final TemplateRenderer renderer;
    private final Messages messages;
    private final String bridgeUrl;
    private final boolean devMode;

    Pages(TemplateRenderer renderer, Messages messages, String bridgeUrl, boolean devMode) {
        this.renderer = renderer;
        this.messages = messages;
        this.bridgeUrl = bridgeUrl;
        this.devMode = devMode;
    }

    /** The page model of this request. */
    public static Page page(Context ctx) {
        Pages pages = of(ctx);
        Session session = Session.of(ctx);
        String path = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        return new Page(pages.messages.texts(session.lang()), session, path, pages.bridgeUrl, pages.devMode);
    }

    /** Renders {@code template} with {@code params} as this request's HTML answer (status unchanged). */
    public static void render(Context ctx, String template, Map<String, Object> params) {
        Page page = page(ctx);
        Map<String, Object> all = new HashMap<>(params);
        all.put("page", page);
        all.put("csrf", page.csrfField());
        String html = of(ctx).renderer.render(template, all);
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("text/html; charset=utf-8").result(html);
    }

    private static Pages of(Context ctx) {
        Pages pages = ctx.attribute(ATTRIBUTE);
        if (pages == null) {
            throw new IllegalStateException("no page renderer attached to " + ctx.path());
        }
        return pages;
    }
}

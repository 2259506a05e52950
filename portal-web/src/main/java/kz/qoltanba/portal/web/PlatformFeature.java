package kz.qoltanba.portal.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.util.Map;
import kz.qoltanba.portal.PortalServices;
import kz.qoltanba.portal.audit.AuditPage;
import kz.qoltanba.portal.i18n.Lang;

/**
 * The platform's own pages: the start page (linking the social area only when it runs), the language switch {@code /lang/{ru|kk}}, logout (journaled), the
 * journal page.
 */
public final class PlatformFeature implements Feature {
    @Override
    public void register(RoutesConfig routes, PortalServices services) {
        boolean social = services.config().socialArea();
        routes.get("/", ctx -> Pages.render(ctx, "common/home.jte", Map.of("social", social)));
        routes.get("/lang/{lang}", PlatformFeature::switchLanguage);
        routes.post("/logout", ctx -> logout(ctx, services));
        AuditPage.register(routes, services);
    }

    /** Ends the session; a logged-in user's logout goes into the journal. */
    private static void logout(Context ctx, PortalServices services) {
        Session session = Session.of(ctx);
        session.principal()
                .ifPresent(p -> services.db().inTransaction(c -> {
                    services.audit().record(c, p, "logout", "account", String.valueOf(p.accountId()), p.area());
                    return null;
                }));
        session.logout();
        ctx.redirect("/");
    }

    private static void switchLanguage(Context ctx) {
        Lang lang = Lang.of(ctx.pathParam("lang"))
                .orElseThrow(() -> PageException.notFound("error.unknownLanguage", ctx.pathParam("lang")));
        Session.of(ctx).lang(lang);
        ctx.redirect(returnPath(ctx.queryParam("return")));
    }

    /** Only a path on this site ({@code /…}, not {@code //host}) is followed back; anything else goes home. */
    static String returnPath(String requested) {
        if (requested == null
                || !requested.startsWith("/")
                || requested.startsWith("//")
                || requested.contains("\\")
                || requested.chars().anyMatch(ch -> ch < 0x20)) {
            return "/";
        }
        try {
            URI uri = new URI(requested);
            if (uri.getScheme() != null || uri.getAuthority() != null) {
                return "/";
            }
        } catch (java.net.URISyntaxException e) {
            return "/";
        }
        return requested;
    }
}

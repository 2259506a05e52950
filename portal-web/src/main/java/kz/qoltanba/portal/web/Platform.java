package kz.qoltanba.portal.web;

import io.javalin.config.JavalinConfig;
import java.security.SecureRandom;
import java.util.List;
import kz.qoltanba.portal.PortalConfig;
import kz.qoltanba.portal.PortalServices;

/**
 * Installs what every request goes through, before any feature route: security headers, the session, the page
 * renderer, the CSRF check, and the error pages.
 */
public final class Platform {
    private Platform() {}

    public static void install(JavalinConfig config, PortalServices services, List<Feature> features) {
        PortalConfig settings = services.config();
        SessionStore sessions = new SessionStore(
                services.db(), services.clock(), new SecureRandom(), settings.sessionIdle(), settings.sessionMaxAge());
        SecurityHeaders headers = new SecurityHeaders(settings.bridgeUrl(), settings.secureCookies());
        CsrfCheck csrf = new CsrfCheck(
                features.stream().flatMap(f -> f.csrfExemptPaths().stream()).toList());
        Pages pages = new Pages(
                TemplateRenderer.precompiled(),
                services.messages(),
                settings.bridgeUrl().toString(),
                settings.devMode());
        boolean secure = settings.secureCookies();
        config.routes.before(ctx -> {
            headers.apply(ctx);
            ctx.attribute(Session.ATTRIBUTE, new Session(ctx, sessions, secure || "https".equals(ctx.scheme())));
            ctx.attribute(Pages.ATTRIBUTE, pages);
            csrf.check(ctx);
        });
        new ErrorPages(services.messages()).register(config.routes);
    }
}

package kz.qoltanba.portal.social.web;

import io.javalin.config.RoutesConfig;
import java.util.Map;
import kz.qoltanba.portal.PortalServices;
import kz.qoltanba.portal.social.SocialArea;
import kz.qoltanba.portal.web.Pages;

/** Every route of the social area, in one place that tests reuse. */
public final class SocialRoutes {
    private SocialRoutes() {}

    public static void register(RoutesConfig routes, PortalServices services, SocialArea area) {
        SocialWeb web = new SocialWeb(services);
        // L1: the start page of the area, leading to the three certificate logins.
        routes.get("/social", ctx -> Pages.render(ctx, "social/start.jte", Map.of()));
        new SupplierRoutes(area, web).register(routes);
        new ProductPages(area, web).register(routes);
        new ReviewRoutes(area, web).register(routes);
        new RecipientRoutes(area, web).register(routes);
    }
}

package kz.qoltanba.portal.social;

import io.javalin.config.RoutesConfig;
import java.util.List;
import kz.qoltanba.portal.PortalServices;
import kz.qoltanba.portal.demo.DemoSeed;
import kz.qoltanba.portal.standins.StandIns;
import kz.qoltanba.portal.web.Feature;

/** The social area: suppliers, reviewers and recipients (seeds 000, 001, 002). */
public final class SocialFeature implements Feature {
    @Override
    public void register(RoutesConfig routes, PortalServices services) {
        StandIns registers = services.require(StandIns.class);
        kz.qoltanba.portal.social.web.SocialRoutes.register(routes, services, new SocialArea(services, registers));
    }

    @Override
    public List<DemoSeed> demoSeeds() {
        return List.of(new SocialDemoSeed());
    }
}

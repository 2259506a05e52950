package kz.qoltanba.portal.social;

import java.sql.Connection;
import java.sql.SQLException;
import kz.qoltanba.portal.PortalServices;
import kz.qoltanba.portal.demo.DemoActor;
import kz.qoltanba.portal.demo.DemoActors;
import kz.qoltanba.portal.demo.DemoSeed;
import kz.qoltanba.portal.social.review.Reviewers;

/**
 * The demo's review department: the demo reviewer's УКЗиСП (by the BIN of their key) covers Almaty (KATO 75…),
 * where the demo suppliers' legal addresses are, and the reviewer's IIN is provisioned in it. Idempotent.
 */
final class SocialDemoSeed implements DemoSeed {
    static final String ALMATY_KATO_PREFIX = "75";

    @Override
    public void seed(Connection c, PortalServices services, DemoActors actors) throws SQLException {
        if (actors.find("reviewer").isEmpty()) {
            return;
        }
        DemoActor reviewer = actors.get("reviewer");
        new Reviewers()
                .provision(
                        c,
                        reviewer.bin(),
                        "УКЗиСП г. Алматы",
                        "Алматы қ. ЖҚӘБ",
                        ALMATY_KATO_PREFIX,
                        reviewer.iin(),
                        reviewer.displayName());
    }
}

package kz.qoltanba.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.config.RoutesConfig;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import kz.qoltanba.portal.PortalConfig;
import kz.qoltanba.portal.PortalServices;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.db.TestDatabase;
import kz.qoltanba.portal.testutil.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions end by the services' clock: after the idle time without requests, and at their maximum age. */
class SessionExpiryIT {
    static final class LoginRoutes implements Feature {
        @Override
        public void register(RoutesConfig routes, PortalServices services) {
            routes.post("/test/login", ctx -> {
                Session.of(ctx).login(new Principal("go", 5, Set.of("reviewer"), "КИМ ОЛЕГ", "810808300884", null));
                ctx.status(204);
            });
            routes.get(
                    "/test/whoami",
                    ctx -> ctx.result(Session.of(ctx)
                            .principal()
                            .map(Principal::displayName)
                            .orElse("anonymous")));
        }
    }

    @Test
    void whenTheClockPassesTheIdleAndMaximumTimes_thenTheSessionEnds(@TempDir Path data) throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
        PortalConfig config =
                TestPortal.devConfig(data, Map.of("PORTAL_SESSION_IDLE", "PT30M", "PORTAL_SESSION_MAX", "PT2H"));
        try (PortalDatabase db = TestDatabase.fresh();
                TestPortal portal = TestPortal.start(db, config, clock, new LoginRoutes())) {
            WebClient browser = new WebClient();
            browser.postForm(portal.url("/test/login"), Map.of(), WebClient.csrfOf(browser.get(portal.url("/"))));

            for (int i = 0; i < 4; i++) {
                clock.advance(Duration.ofMinutes(25));
                assertThat(browser.get(portal.url("/test/whoami")).body())
                        .as("active after %d min", 25 * (i + 1))
                        .isEqualTo("КИМ ОЛЕГ");
            }
            clock.advance(Duration.ofMinutes(20));
            assertThat(browser.get(portal.url("/test/whoami")).body())
                    .as("at the maximum age")
                    .isEqualTo("anonymous");

            WebClient idle = new WebClient();
            idle.postForm(portal.url("/test/login"), Map.of(), WebClient.csrfOf(idle.get(portal.url("/"))));
            String cookie = idle.cookie(Session.COOKIE);
            clock.advance(Duration.ofMinutes(30));
            assertThat(idle.get(portal.url("/test/whoami")).body())
                    .as("idle 30 min")
                    .isEqualTo("anonymous");
            assertThat(rows(db, SessionStore.idOf(cookie)))
                    .as("the expired row is deleted")
                    .isZero();
        }
    }

    private static long rows(PortalDatabase db, String id) {
        return db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM web_session WHERE id = ?")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }
}

package kz.qoltanba.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import kz.qoltanba.portal.PortalConfig;
import kz.qoltanba.portal.TrustAnchors;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.db.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outside dev mode: real trust anchors, no development pages, Secure cookies behind an https origin, and without
 * the registers' URL no social area (nor a link to it).
 */
class ProductionModeIT {
    @Test
    void whenDevModeIsOff_thenTheMailboxDoesNotExistAndCookiesAreSecure(@TempDir Path data) throws Exception {
        Path root = Path.of(System.getProperty("qoltanba.shared", "../../shared"))
                .resolve("fixtures/nca-test/gost2015-2022/root_test_gost_2022.cer");
        PortalConfig config = TestPortal.devConfig(
                data,
                Map.of(
                        "PORTAL_DEV", "false",
                        "PORTAL_TRUST", root.toString(),
                        "PORTAL_ORIGIN", "https://portal.example.kz"));
        try (PortalDatabase db = TestDatabase.fresh();
                TestPortal portal = TestPortal.start(db, config, Clock.systemUTC())) {
            WebClient browser = new WebClient();

            HttpResponse<String> mailbox = browser.get(portal.url("/dev/mailbox.json"));
            HttpResponse<String> home = browser.get(portal.url("/"));

            assertThat(mailbox.statusCode()).isEqualTo(404);
            assertThat(home.body())
                    .as("no registers' URL: the social area is off")
                    .contains("href=\"/procurement\"")
                    .doesNotContain("href=\"/social\"");
            assertThat(browser.get(portal.url("/social")).statusCode()).isEqualTo(404);
            assertThat(home.headers().allValues("Set-Cookie"))
                    .anySatisfy(c -> assertThat(c).startsWith("QSESSION=").contains("Secure"));
            assertThat(portal.services().require(TrustAnchors.class).certificates())
                    .singleElement()
                    .satisfies(c ->
                            assertThat(c.getSubjectX500Principal().getName()).contains("2022"));
        }
    }
}

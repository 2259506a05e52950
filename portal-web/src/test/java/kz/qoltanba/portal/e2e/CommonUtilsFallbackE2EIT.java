package kz.qoltanba.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.db.TestDatabase;
import kz.qoltanba.portal.login.AccountDirectory;
import kz.qoltanba.portal.testutil.TestAccounts;
import kz.qoltanba.portal.testutil.TestKey;
import kz.qoltanba.portal.testutil.TestPki;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** The page script falls back to commonUtils when the signing app has no basics module. */
class CommonUtilsFallbackE2EIT {
    @TempDir
    Path root;

    @Test
    void whenTheSigningAppHasNoBasicsModule_thenThePageSignsThroughCommonUtils() throws Exception {
        TestPki pki = TestPki.get();
        try (PortalDatabase db = TestDatabase.fresh();
                NcaLayerWithoutBasics app = new NcaLayerWithoutBasics(pki.key(TestKey.TSR1_AUTH));
                PortalUnderTest portal = PortalUnderTest.start(
                        db,
                        Clock.systemUTC(),
                        pki,
                        PortalUnderTest.options()
                                .env("PORTAL_BRIDGE_URL", app.url())
                                .services(b -> b.with(AccountDirectory.class, new TestAccounts())));
                Browser browser =
                        Browser.start(Files.createDirectories(root.resolve("home")), root.resolve("profile"))) {
            browser.open(portal.url("/login/supplier"));

            browser.find(By.cssSelector("[data-qs-sign]")).click();

            browser.waitForText(By.cssSelector(".qs-user-name"), "АХМЕТОВ ЕРЛАН", Duration.ofSeconds(60));
            assertThat(app.calls())
                    .containsExactly("kz.gov.pki.knca.basics.sign", "kz.gov.pki.knca.commonUtils.signXml");
        }
    }
}

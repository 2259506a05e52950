package kz.qoltanba.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.login.AccountDirectory;
import kz.qoltanba.portal.testutil.TestAccounts;
import kz.qoltanba.portal.testutil.TestKey;
import kz.qoltanba.portal.testutil.TestPki;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Certificate login in headless Chromium through the real bridge (a separate process in unattended mode): the
 * page asks the bridge, the bridge signs with the key the control endpoint picked, the server verifies. Also the
 * user's cancel, a wrong key password and a bridge that is not running.
 */
class CertificateLoginE2EIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final By SIGN_BUTTON = By.cssSelector("[data-qs-sign]");
    private static final By MESSAGE = By.cssSelector("[data-qs-message]");

    @TempDir
    static Path root;

    private static BrowserStage stage;
    private static PortalDatabase db;
    private static TestPki pki;
    private static BridgeProcess bridge;
    private static PortalUnderTest portal;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        pki = TestPki.get();
        stage = BrowserStage.start(
                root,
                Map.of(
                        "tsr1_auth", pki.key(TestKey.TSR1_AUTH),
                        "tsr1_sign", pki.key(TestKey.TSR1_SIGN)),
                options -> options.services(b -> b.with(AccountDirectory.class, new TestAccounts())));
        db = stage.db();
        bridge = stage.bridge();
        portal = stage.portal();
        browser = stage.browser();
    }

    @AfterAll
    static void stop() throws Exception {
        if (stage != null) {
            try {
                stage.assertStoredByTheBridge();
            } finally {
                stage.close();
            }
        }
    }

    @BeforeEach
    void freshSession() {
        browser.open(portal.url("/login/supplier"));
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void whenSupplierChoosesTheOrganisationsAuthKeyInTheBridge_thenLoggedInAndTheBridgesSerialIsStored()
            throws Exception {
        bridge.nextKey("tsr1_auth.p12");
        browser.open(portal.url("/login/supplier"));
        browser.screenshot("login-supplier");

        browser.find(SIGN_BUTTON).click();

        String user = browser.waitForText(By.cssSelector(".qs-user-name"), "АХМЕТОВ ЕРЛАН", WAIT);
        browser.screenshot("login-supplier-done");
        assertThat(user).contains("АХМЕТОВ ЕРЛАН");
        assertThat(browser.find(By.cssSelector(".qs-user-bin")).getText()).contains("180540012345");
        JsonNode last = lastLogEntry();
        assertThat(last.path("key").asText()).isEqualTo("tsr1_auth.p12");
        String expected =
                pki.key(TestKey.TSR1_AUTH).certificate().getSerialNumber().toString(16);
        assertThat(last.path("serialNumber").asText()).isEqualToIgnoringCase(expected);
        assertThat(lastStoredSerial())
                .isEqualToIgnoringCase(last.path("serialNumber").asText());
    }

    @Test
    void whenTheUserCancelsInTheBridge_thenThePageSaysSoAndNobodyIsLoggedIn() throws Exception {
        bridge.nextCancel();
        browser.open(portal.url("/login/supplier"));

        browser.find(SIGN_BUTTON).click();

        assertThat(browser.waitForText(MESSAGE, "Подписание отменено", WAIT)).contains("Подписание отменено");
        browser.screenshot("login-cancelled");
        assertThat(browser.driver().findElements(By.cssSelector(".qs-user-name")))
                .isEmpty();
    }

    @Test
    void whenTheKeyPasswordIsWrong_thenThePageSaysSo() throws Exception {
        bridge.nextWrongPassword();
        browser.open(portal.url("/login/supplier"));

        browser.find(SIGN_BUTTON).click();

        assertThat(browser.waitForText(MESSAGE, "Неверный пароль", WAIT)).contains("хранилищу ключей");
        browser.screenshot("login-wrong-password");
    }

    @Test
    void whenTheBridgeIsNotRunning_thenTheGuidanceIsShownAndNoChallengeIsIssued() throws Exception {
        try (PortalUnderTest withoutBridge = PortalUnderTest.start(
                db,
                Clock.systemUTC(),
                pki,
                PortalUnderTest.options()
                        .env("PORTAL_BRIDGE_URL", "wss://127.0.0.1:" + PortalUnderTest.freePort() + "/")
                        .services(b -> b.with(AccountDirectory.class, new TestAccounts())))) {
            browser.open(withoutBridge.url("/login/supplier"));
            long before = signRequests();

            browser.find(SIGN_BUTTON).click();

            assertThat(browser.waitForText(MESSAGE, "не запущено", WAIT)).contains("NCALayer");
            assertThat(browser.find(By.cssSelector("[data-qs-help]")).isDisplayed())
                    .isTrue();
            browser.screenshot("login-bridge-not-running");
            assertThat(signRequests()).isEqualTo(before);
        }
    }

    private static JsonNode lastLogEntry() throws Exception {
        JsonNode log = bridge.log();
        assertThat(log.isArray() && log.size() > 0).as(log.toString()).isTrue();
        return log.get(log.size() - 1);
    }

    private static String lastStoredSerial() {
        return stage.lastStoredSerial();
    }

    private static long signRequests() {
        return db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM sign_request");
                    ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }
}

package kz.qoltanba.portal.social.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.e2e.BridgeProcess;
import kz.qoltanba.portal.e2e.Browser;
import kz.qoltanba.portal.e2e.BrowserStage;
import kz.qoltanba.portal.e2e.PortalUnderTest;
import kz.qoltanba.portal.signing.DevCertificates;
import kz.qoltanba.portal.signing.DevHolder;
import kz.qoltanba.portal.social.Actor;
import kz.qoltanba.portal.social.SocialWorld;
import kz.qoltanba.portal.social.application.Applications;
import kz.qoltanba.portal.social.order.Fulfilment;
import kz.qoltanba.portal.testutil.TestKey;
import kz.qoltanba.portal.testutil.TestPki;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.cert.KeyPurpose;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The order path in headless Chromium with the real bridge in unattended mode. The approved product and the
 * supplier's registry membership are set up through the domain services (the supplier's and reviewer's pages
 * have their own browser test); then the recipient logs in and orders it for self-pickup, the supplier confirms
 * availability with a signature in the bridge, notifies, uploads the hand-over scan on the order page and signs
 * the hand-over, and the recipient sees every status in the order's history.
 */
class OrderE2EIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final By MAIN = By.cssSelector("main");
    private static final By STATUS = By.cssSelector("dd.qs-order-status");
    private static final String SUPPLIER_BIN = "180540012345";
    private static final String RECIPIENT_IIN = "750505400555";

    @TempDir
    static Path root;

    private static BrowserStage stage;
    private static PortalDatabase db;
    private static TestPki pki;
    private static BridgeProcess bridge;
    private static PortalUnderTest portal;
    private static Browser browser;
    private static long product;

    @BeforeAll
    static void start() throws Exception {
        pki = TestPki.get();
        stage = BrowserStage.start(
                root,
                Map.of(
                        "tsr1_auth", pki.key(TestKey.TSR1_AUTH),
                        "tsr1_sign", pki.key(TestKey.TSR1_SIGN),
                        "recipient_auth",
                                DevCertificates.issue(
                                        pki.pki(),
                                        KeyAlgorithm.RSA,
                                        DevHolder.individual("ИСУПОВА", "МИСМИРА", "ТАЛГАТОВНА", RECIPIENT_IIN),
                                        KeyPurpose.AUTH,
                                        Clock.systemUTC(),
                                        new SecureRandom())));
        db = stage.db();
        bridge = stage.bridge();
        portal = stage.portal();
        browser = stage.browser();
        product = approvedProduct(db, portal);
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

    @Test
    void recipientOrders_supplierConfirmsNotifiesAndHandsOver_withSignaturesInTheBridge() throws Exception {
        bridge.nextKey("recipient_auth.p12");
        browser.open(portal.url("/login/recipient"));
        browser.find(By.cssSelector("[data-qs-sign]")).click();
        browser.waitForUrl("/social/recipient", WAIT);
        By form = By.cssSelector("form.qs-order-form[data-product-id='" + product + "']");
        browser.waitForText(form, "Слуховой аппарат", WAIT);
        browser.find(form).findElement(By.name("fullName")).sendKeys("Исупова Мисмира");
        browser.find(form).findElement(By.name("phone")).sendKeys("+7 702 555 0505");
        browser.find(form).findElement(By.name("email")).sendKeys("recipient@example.kz");
        browser.find(form).findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitForText(By.cssSelector(".qs-my-orders"), "Ожидается ответ о наличии товара", WAIT);
        long order = lastOrderId();

        browser.open(portal.url("/social/recipient/orders"));
        browser.waitForText(By.cssSelector(".qs-my-orders"), "Ожидается ответ о наличии товара", WAIT);
        browser.open(portal.url("/social/recipient/orders/" + order));
        assertThat(browser.waitForText(By.cssSelector(".qs-order-history"), "Создан", WAIT))
                .contains("Ожидается ответ о наличии товара");
        browser.screenshot("order-recipient-placed");

        browser.driver().manage().deleteAllCookies();
        bridge.nextKey("tsr1_auth.p12");
        browser.open(portal.url("/login/supplier"));
        browser.find(By.cssSelector("[data-qs-sign]")).click();
        browser.waitForText(MAIN, "Кабинет поставщика", WAIT);
        browser.open(portal.url("/social/supplier/orders/" + order));
        browser.waitForText(STATUS, "Ожидается ответ о наличии товара", WAIT);
        assertThat(browser.find(MAIN).getText()).contains("Исупова Мисмира", "+7 702 555 0505");

        By yes = By.cssSelector(".qs-order-answer [data-qs-sign]");
        assertThat(browser.find(yes).getText()).isEqualTo("Да, подтверждаю наличие");
        bridge.nextKey("tsr1_sign.p12");
        browser.find(yes).click();
        browser.waitForText(STATUS, "Товар есть в наличии, зарезервирован", WAIT);
        String answerSerial = lastStoredSerial();

        browser.find(By.cssSelector(".qs-notify button[type=submit]")).click();
        browser.waitForText(STATUS, "Доступен для самовывоза на складе", WAIT);

        Path scan = root.resolve("vydacha.pdf");
        Files.writeString(scan, SocialWorld.PDF);
        browser.find(By.cssSelector("[data-qs-scan-file]")).sendKeys(scan.toString());
        browser.waitForText(By.cssSelector("[data-qs-scan-result]"), "vydacha.pdf", WAIT);
        LocalDateTime now = LocalDateTime.now(Fulfilment.ZONE).truncatedTo(ChronoUnit.MINUTES);
        browser.find(By.cssSelector(".qs-handover input[name=number]")).sendKeys("ВЫД-17");
        setValue(".qs-handover input[name=documentDate]", now.toLocalDate().toString());
        setValue(".qs-handover input[name=date]", now.toLocalDate().toString());
        setValue(".qs-handover input[name=time]", now.toLocalTime().toString());
        browser.screenshot("order-handover-form");
        browser.find(By.cssSelector(".qs-handover button[type=submit]")).click();
        By sign = By.cssSelector(".qs-handover-sign [data-qs-sign]");
        browser.waitForText(sign, "Подписать и подтвердить выдачу", WAIT);
        bridge.nextKey("tsr1_sign.p12");
        browser.find(sign).click();
        browser.waitForText(STATUS, "Успешно выдан со склада", WAIT);
        assertThat(browser.find(By.cssSelector(".qs-handover-doc")).getText()).contains("ВЫД-17");
        String handoverSerial = lastStoredSerial();
        browser.screenshot("order-supplier-handed-over");

        List<String> logged = new ArrayList<>();
        for (JsonNode entry : bridge.log()) {
            if ("tsr1_sign.p12".equals(entry.path("key").asText())) {
                logged.add(entry.path("serialNumber").asText().toLowerCase(java.util.Locale.ROOT));
            }
        }
        String expected =
                pki.key(TestKey.TSR1_SIGN).certificate().getSerialNumber().toString(16);
        assertThat(answerSerial).isEqualToIgnoringCase(expected);
        assertThat(handoverSerial).isEqualToIgnoringCase(expected);
        assertThat(logged).hasSize(2).containsOnly(expected.toLowerCase(java.util.Locale.ROOT));
        assertThat(documentsSignedFor(order)).isEqualTo(2);

        browser.driver().manage().deleteAllCookies();
        bridge.nextKey("recipient_auth.p12");
        browser.open(portal.url("/login/recipient"));
        browser.find(By.cssSelector("[data-qs-sign]")).click();
        browser.waitForUrl("/social/recipient", WAIT);
        browser.open(portal.url("/social/recipient/orders/" + order));
        String history = browser.waitForText(By.cssSelector(".qs-order-history"), "Успешно выдан со склада", WAIT);
        assertThat(history)
                .contains(
                        "Создан",
                        "Ожидается ответ о наличии товара",
                        "Товар есть в наличии, зарезервирован",
                        "Доступен для самовывоза на складе",
                        "Успешно выдан со склада");
        assertThat(browser.find(STATUS).getText()).isEqualTo("Успешно выдан со склада");
        browser.screenshot("order-recipient-history");

        browser.open(portal.url("/lang/kk"));
        browser.open(portal.url("/social/recipient/orders/" + order));
        browser.waitForText(By.cssSelector(".qs-order-history"), "Қоймадан сәтті берілді", WAIT);
    }

    private static void setValue(String css, String value) {
        browser.driver()
                .executeScript(
                        "arguments[0].value = arguments[1];"
                                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                        browser.find(By.cssSelector(css)),
                        value);
    }

    /**
     * ТОО «МедТехСервис» onboarded, with one hearing aid approved into the registry; the signatures of this set-up
     * are stand-ins, since the test is about the order's own signatures.
     */
    static long approvedProduct(PortalDatabase db, PortalUnderTest portal) {
        FiledApplications filed = new FiledApplications(portal);
        Actor supplier = new Actor(Actor.Role.SUPPLIER, 1, "850101300111", SUPPLIER_BIN, "АХМЕТОВ ЕРЛАН");
        return db.inTransaction(c -> {
            FiledApplications.provisionReviewer(c);
            long application = filed.inclusion(c, supplier, "Слуховой аппарат Звук-1");
            filed.approveAll(c, application);
            return new Applications().productsOf(c, application).get(0).productId();
        });
    }

    private static long lastOrderId() {
        return db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT max(id) FROM social_order");
                    ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    private static int documentsSignedFor(long order) {
        return db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT (answer_document_id IS NOT NULL)::int"
                    + " + (handover_document_id IS NOT NULL)::int FROM social_order WHERE id = ?")) {
                s.setLong(1, order);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getInt(1);
                }
            }
        });
    }

    private static String lastStoredSerial() {
        return stage.lastStoredSerial();
    }
}

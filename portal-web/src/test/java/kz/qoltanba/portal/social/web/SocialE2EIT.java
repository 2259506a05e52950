package kz.qoltanba.portal.social.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.db.TestDatabase;
import kz.qoltanba.portal.e2e.BridgeProcess;
import kz.qoltanba.portal.e2e.Browser;
import kz.qoltanba.portal.e2e.PortalUnderTest;
import kz.qoltanba.portal.signing.DevCertificates;
import kz.qoltanba.portal.signing.DevHolder;
import kz.qoltanba.portal.social.SocialWorld;
import kz.qoltanba.portal.social.review.Reviewers;
import kz.qoltanba.portal.testutil.TestKey;
import kz.qoltanba.portal.testutil.TestPki;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.cert.KeyPurpose;
import kz.qoltanba.signing.token.KeyEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The supplier's path in headless Chromium with the real bridge in unattended mode: the organisation's AUTH key
 * logs in, the public offer is accepted, the profile is saved through its form, one product goes through the
 * wizard's routes with the browser's own session, and the registry inclusion application is signed in the bridge
 * with the organisation's signing key and shows up as «+Новое». Then the УКЗиСП reviewer logs in with an
 * employee's AUTH key, takes the application and its product application, uploads the protocol and signs both
 * approvals in the bridge.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SocialE2EIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final By SIGN_BUTTON = By.cssSelector("[data-qs-sign]");
    private static final By MAIN = By.cssSelector("main");
    private static final String REVIEWER_IIN = "800303400333";

    @TempDir
    static Path root;

    private static PortalDatabase db;
    private static TestPki pki;
    private static BridgeProcess bridge;
    private static PortalUnderTest portal;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        BridgeProcess.jar();
        db = TestDatabase.fresh();
        pki = TestPki.get();
        int portalPort = PortalUnderTest.freePort();
        Path keys = BridgeProcess.writeKeys(
                root.resolve("keys"),
                Map.of(
                        "tsr1_auth", pki.key(TestKey.TSR1_AUTH),
                        "tsr1_sign", pki.key(TestKey.TSR1_SIGN),
                        "ivanova_auth", reviewerKey(KeyPurpose.AUTH),
                        "ivanova_sign", reviewerKey(KeyPurpose.SIGN)),
                "Qwerty12");
        bridge = BridgeProcess.start(
                root.resolve("bridge-run"), keys, PortalUnderTest.freePort(), "http://127.0.0.1:" + portalPort);
        portal = PortalUnderTest.start(
                db,
                Clock.systemUTC(),
                pki,
                PortalUnderTest.options()
                        .env("PORTAL_PORT", Integer.toString(portalPort))
                        .env("PORTAL_BRIDGE_URL", bridge.wssUrl()));
        db.inTransaction(c -> {
            new Reviewers()
                    .provision(
                            c,
                            SocialWorld.UKZ_AST,
                            "УКЗиСП г. Астаны",
                            "Астана қ. ЖҚӘБ",
                            "7112",
                            REVIEWER_IIN,
                            "Иванова Мария");
            return null;
        });
        browser = Browser.start(bridge.userHome(), root.resolve("profile"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (portal != null) {
            portal.close();
        }
        if (bridge != null) {
            bridge.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    @Order(1)
    void supplierLogsIn_acceptsTheOffer_andSignsTheInclusionApplicationInTheBridge() throws Exception {
        bridge.nextKey("tsr1_auth.p12");
        browser.open(portal.url("/login/supplier"));
        browser.find(SIGN_BUTTON).click();
        browser.waitForUrl("/social/supplier/welcome", WAIT);
        browser.waitForText(MAIN, "Публичный Договор-оферта", WAIT);
        browser.screenshot("social-offer");
        browser.find(By.name("accept")).click();
        browser.find(By.cssSelector(".qs-offer-accept")).click();

        String cabinet = browser.waitForText(MAIN, "Кабинет поставщика", WAIT);
        assertThat(cabinet).contains("180540012345", "ТОО «МедТехСервис»");
        assertThat(browser.find(By.cssSelector(".qs-user-name")).getText()).contains("АХМЕТОВ ЕРЛАН");
        browser.screenshot("social-cabinet");

        fill("phone", "+7 701 123 4567");
        fill("email", "info@example.kz");
        fill("actualAddress", "г. Астана");
        browser.find(By.cssSelector(".qs-profile input[name=orderType][value=PICKUP]"))
                .click();
        browser.find(By.cssSelector(".qs-profile button[type=submit]")).click();
        browser.waitForText(MAIN, "Кабинет поставщика", WAIT);
        assertThat(browser.find(By.name("phone")).getAttribute("value")).isEqualTo("+7 701 123 4567");

        long product = productThroughTheWizard();
        browser.open(portal.url("/social/supplier"));
        browser.waitForText(By.cssSelector("tr[data-product-id='" + product + "']"), "Готов к публикации", WAIT);
        browser.find(By.cssSelector("input[name=select][value='" + product + "']"))
                .click();
        browser.find(By.cssSelector(".qs-products > button[type=submit]")).click();
        browser.waitForText(SIGN_BUTTON, "Подписать заявление на включение в реестр", WAIT);
        browser.screenshot("social-application-ready");

        bridge.nextKey("tsr1_sign.p12");
        browser.find(SIGN_BUTTON).click();
        browser.waitForText(By.cssSelector(".qs-applications"), "+Новое", WAIT);
        browser.driver()
                .executeScript("arguments[0].scrollIntoView()", browser.find(By.cssSelector(".qs-applications")));
        browser.screenshot("social-application-new");

        JsonNode log = bridge.log();
        JsonNode last = log.get(log.size() - 1);
        assertThat(last.path("key").asText()).isEqualTo("tsr1_sign.p12");
        String stored = lastStoredSerial();
        assertThat(stored)
                .isEqualToIgnoringCase(pki.key(TestKey.TSR1_SIGN)
                        .certificate()
                        .getSerialNumber()
                        .toString(16));
        assertThat(last.path("serialNumber").asText()).isEqualToIgnoringCase(stored);
    }

    @Test
    @Order(2)
    void reviewerTakesTheApplication_andSignsTheApprovalsInTheBridge() throws Exception {
        browser.open(portal.url("/login/reviewer"));
        browser.driver().manage().deleteAllCookies();
        bridge.nextKey("ivanova_auth.p12");
        browser.open(portal.url("/login/reviewer"));
        browser.find(SIGN_BUTTON).click();
        browser.waitForUrl("/social/go", WAIT);
        browser.waitForText(MAIN, "РМ сотрудника ГО", WAIT);
        browser.waitForText(By.cssSelector(".qs-go-new"), "+Новое", WAIT);
        browser.screenshot("social-review-queue");

        browser.find(By.cssSelector(".qs-go-new button[type=submit]")).click();
        browser.waitForText(By.cssSelector(".qs-go-work"), "На рассмотрении", WAIT);
        browser.find(By.cssSelector(".qs-go-products-new button[type=submit]")).click();
        browser.waitForText(By.cssSelector(".qs-go-products-work"), "На рассмотрении", WAIT);

        Path protocol = root.resolve("protocol.pdf");
        Files.writeString(protocol, SocialWorld.PDF);
        browser.find(By.cssSelector("form[action='/social/go/files'] input[type=file]"))
                .sendKeys(protocol.toString());
        browser.find(By.cssSelector("form[action='/social/go/files'] button[type=submit]"))
                .click();
        JsonNode uploaded = JSON.readTree(browser.find(By.tagName("body")).getText());
        long protocolId = uploaded.path("id").asLong();
        assertThat(protocolId).as(uploaded.toString()).isPositive();

        approve(".qs-go-products-work", protocolId);
        approve(".qs-go-work", protocolId);
        browser.screenshot("social-review-approved");

        assertThat(applicationStatus()).isEqualTo("APPROVED");
        JsonNode log = bridge.log();
        JsonNode last = log.get(log.size() - 1);
        assertThat(last.path("key").asText()).isEqualTo("ivanova_sign.p12");
        assertThat(last.path("serialNumber").asText()).isEqualToIgnoringCase(lastStoredSerial());
    }

    /** Opens the decision of the first item of a list with «Одобрить» and the protocol, and signs it. */
    private static void approve(String list, long protocolId) throws Exception {
        browser.open(portal.url("/social/go"));
        By form = By.cssSelector(list + " .qs-decision-form");
        browser.find(By.cssSelector(list + " .qs-decision-form input[name=protocol]"))
                .sendKeys(Long.toString(protocolId));
        browser.find(form).findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitForText(By.cssSelector(".qs-decision"), "Подписать и отправить", WAIT);
        bridge.nextKey("ivanova_sign.p12");
        browser.find(By.cssSelector(".qs-decision [data-qs-sign]")).click();
        new WebDriverWait(browser.driver(), WAIT)
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("approve=")));
    }

    private static KeyEntry reviewerKey(KeyPurpose purpose) throws Exception {
        return DevCertificates.issue(
                pki.pki(),
                KeyAlgorithm.RSA,
                DevHolder.employee(
                        "ИВАНОВА", "МАРИЯ", "ПЕТРОВНА", REVIEWER_IIN, "УКЗИСП Г. АСТАНЫ", SocialWorld.UKZ_AST),
                purpose,
                Clock.systemUTC(),
                new SecureRandom());
    }

    private static String applicationStatus() {
        return db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                            "SELECT status FROM social_registry_application ORDER BY id DESC LIMIT 1");
                    ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : "";
            }
        });
    }

    private static void fill(String name, String value) {
        browser.find(By.name(name)).clear();
        browser.find(By.name(name)).sendKeys(value);
    }

    /**
     * The wizard's pages as a supplier fills them: «+Добавить товар», each tab's form with «Далее», the
     * decimal-point and quality-document refusals shown next to the form, «+» then «Сохранить» on the quality tab.
     */
    private static long productThroughTheWizard() throws Exception {
        Path files = Files.createTempDirectory("qs-wizard");
        Path image = Files.write(files.resolve("aid.png"), SocialWorld.PNG);
        Path pdf = Files.write(files.resolve("cert.pdf"), SocialWorld.PDF.getBytes(StandardCharsets.UTF_8));
        browser.find(By.cssSelector(".qs-wizard-new")).click();
        browser.waitForText(MAIN, "Основные сведения", WAIT);
        browser.find(By.cssSelector("select[name=tsrTypeId] option[value=hearing-battery]"))
                .click();
        type("nameRu", "Слуховой аппарат");
        type("nameKk", "Есту аппараты");
        type("descriptionRu", "Описание");
        type("descriptionKk", "Сипаттама");
        type("price", "59000");
        type("stockQuantity", "12");
        browser.find(By.cssSelector("input[name=pickupAddress][value='г. Актобе, ул. Маресьева 5']"))
                .click();
        browser.find(By.cssSelector(".qs-wizard input[name=image]")).sendKeys(image.toString());
        next("/technical");
        String url = browser.driver().getCurrentUrl();
        long product = Long.parseLong(url.replaceAll(".*/wizard/(\\d+)/technical.*", "$1"));

        type("c.gain", "25,7");
        browser.find(By.cssSelector(".qs-wizard-next")).click();
        browser.waitForText(By.cssSelector(".qs-wizard-error"), "используйте точку, например 25.7", WAIT);
        type("c.gain", "25.7");
        next("/operational");
        type("c.warranty", "24");
        next("/functional");
        type("c.programs", "4");
        next("/quality");

        browser.find(By.cssSelector(".qs-wizard-next")).click();
        browser.waitForText(By.cssSelector(".qs-wizard-error"), "Добавьте хотя бы один сертификат", WAIT);
        browser.find(By.cssSelector("select[name=kind] option[value=CERTIFICATE]"))
                .click();
        type("number", "KZ-1");
        date("issueDate", "2026-01-10");
        date("validUntil", "2029-01-10");
        type("issuer", "ОС");
        browser.find(By.cssSelector(".qs-wizard input[name=file]")).sendKeys(pdf.toString());
        browser.find(By.cssSelector(".qs-wizard-add")).click();
        browser.waitForText(By.cssSelector(".qs-quality"), "KZ-1", WAIT);
        next("/registration");

        type("number", "Н-7");
        date("date", "2026-02-01");
        browser.find(By.cssSelector(".qs-wizard input[name=file]")).sendKeys(pdf.toString());
        browser.find(By.cssSelector(".qs-wizard-next")).click();
        browser.waitForText(MAIN, "Кабинет поставщика", WAIT);
        return product;
    }

    private static void type(String name, String value) {
        By field = By.cssSelector(".qs-wizard [name='" + name + "']");
        browser.find(field).clear();
        browser.find(field).sendKeys(value);
    }

    /** Date inputs take their value in ISO form regardless of the browser's locale. */
    private static void date(String name, String value) {
        browser.driver()
                .executeScript(
                        "arguments[0].value = arguments[1]",
                        browser.find(By.cssSelector(".qs-wizard [name='" + name + "']")),
                        value);
    }

    /** «Далее» (or «Сохранить»), then the next tab's address. */
    private static void next(String tab) {
        browser.find(By.cssSelector(".qs-wizard-next")).click();
        browser.waitForUrl(tab, WAIT);
    }

    private static String lastStoredSerial() {
        return db.inTransaction(c -> {
            try (PreparedStatement s =
                            c.prepareStatement("SELECT signer_serial FROM signed_document ORDER BY id DESC LIMIT 1");
                    ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : "";
            }
        });
    }
}

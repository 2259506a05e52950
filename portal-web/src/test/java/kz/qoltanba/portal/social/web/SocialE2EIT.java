package kz.qoltanba.portal.social.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
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
import kz.qoltanba.portal.social.Sha256;
import kz.qoltanba.portal.social.SocialWorld;
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
 * The supplier's and the reviewer's paths in headless Chromium with the real bridge in unattended mode. The
 * organisation's AUTH key logs in, the public offer is accepted, the profile is saved through its form, one product
 * goes through the wizard's pages, and the registry inclusion application is signed in the bridge with the
 * organisation's signing key and shows up as «+Новое». Then the УКЗиСП reviewer logs in with an employee's AUTH key,
 * opens the application in its tabs, takes it and its product application «В работу» and approves both, each time
 * uploading the protocol PDF in the decision form and signing in the bridge. Last, another organisation's application
 * (filed through the domain services) is refused: its product application and then the application itself, with
 * reasons and a protocol, signed; the supplier sees «Отказано» and the reasons in the cabinet.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SocialE2EIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final By SIGN_BUTTON = By.cssSelector("[data-qs-sign]");
    private static final By MAIN = By.cssSelector("main");
    private static final By PRODUCT_APPLICATIONS = By.cssSelector(".qs-go-product-applications");
    private static final String DEV_HEAD_IIN = "850715300459";

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
                        "tsr1_sign", pki.key(TestKey.TSR1_SIGN),
                        "dev_auth", devSupplierKey(),
                        "ivanova_auth", FiledApplications.reviewerKey(KeyPurpose.AUTH),
                        "ivanova_sign", FiledApplications.reviewerKey(KeyPurpose.SIGN)));
        db = stage.db();
        bridge = stage.bridge();
        portal = stage.portal();
        browser = stage.browser();
        db.inTransaction(c -> {
            FiledApplications.provisionReviewer(c);
            return null;
        });
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
    void reviewerOpensTheApplicationInTabs_andSignsTheApprovalsWithUploadedProtocolsInTheBridge() throws Exception {
        browser.open(portal.url("/login/reviewer"));
        browser.driver().manage().deleteAllCookies();
        bridge.nextKey("ivanova_auth.p12");
        browser.open(portal.url("/login/reviewer"));
        browser.find(SIGN_BUTTON).click();
        browser.waitForUrl("/social/go/certificate", WAIT);
        assertThat(browser.waitForText(By.cssSelector(".qs-go-certificate"), "Перейти в кабинет", WAIT))
                .contains(
                        "Данные ЭЦП",
                        FiledApplications.REVIEWER_IIN,
                        SocialWorld.UKZ_AST,
                        "УКЗИСП Г. АСТАНЫ",
                        "Срок действия");
        browser.screenshot("social-review-certificate");
        browser.find(By.cssSelector("a.qs-go-enter")).click();
        browser.waitForText(MAIN, "РМ сотрудника ГО", WAIT);
        browser.waitForText(By.cssSelector(".qs-go-new"), "+Новое", WAIT);
        browser.screenshot("social-review-queue");

        browser.find(By.cssSelector(".qs-go-new button[type=submit]")).click();
        browser.waitForText(By.cssSelector(".qs-go-work"), "На рассмотрении", WAIT);
        browser.find(By.cssSelector(".qs-go-work a.qs-go-open")).click();
        assertThat(browser.waitForText(By.cssSelector(".qs-go-tab-application"), "На рассмотрении", WAIT))
                .contains("ТОО «МедТехСервис»", "180540012345", "Иванова Мария");
        String application = browser.driver().getCurrentUrl();
        browser.screenshot("social-review-application");
        tab("organisation");
        browser.waitForText(By.cssSelector(".qs-go-tab-organisation"), "180540012345", WAIT);
        browser.find(By.cssSelector("a[data-part=contacts]")).click();
        browser.waitForText(By.cssSelector(".qs-go-tab-organisation"), "+7 701 123 4567", WAIT);
        browser.screenshot("social-review-application-organisation");

        tab("products");
        browser.waitForText(PRODUCT_APPLICATIONS, "+Новое", WAIT);
        browser.find(By.cssSelector(".qs-go-product-applications button[type=submit]"))
                .click();
        browser.waitForText(PRODUCT_APPLICATIONS, "На рассмотрении", WAIT);
        browser.screenshot("social-review-application-products");
        browser.find(By.cssSelector(".qs-go-product-applications a.qs-go-open")).click();
        browser.waitForText(By.cssSelector(".qs-go-product-name"), "Слуховой аппарат", WAIT);
        tab("quality");
        browser.waitForText(By.cssSelector(".qs-go-quality"), "KZ-1", WAIT);
        browser.screenshot("social-review-product-quality");

        decide(true, null, "protocol.pdf");
        browser.waitForText(By.cssSelector(".qs-go-decision-block .qs-status"), "Одобрено", WAIT);
        browser.open(application);
        decide(true, null, "protocol2.pdf");
        browser.waitForText(By.cssSelector(".qs-go-tab-application .qs-status"), "Одобрено", WAIT);
        assertThat(browser.find(By.cssSelector(".qs-go-tab-application")).getText())
                .contains("protocol2.pdf");
        browser.screenshot("social-review-approved");

        assertThat(applicationStatus()).isEqualTo("APPROVED");
        JsonNode log = bridge.log();
        JsonNode last = log.get(log.size() - 1);
        assertThat(last.path("key").asText()).isEqualTo("ivanova_sign.p12");
        assertThat(last.path("serialNumber").asText()).isEqualToIgnoringCase(lastStoredSerial());
    }

    @Test
    @Order(3)
    void reviewerRefusesAnotherApplicationWithReasonsAndProtocol_andTheSupplierSeesWhy() throws Exception {
        Actor dev = new Actor(Actor.Role.SUPPLIER, 99, DEV_HEAD_IIN, SocialWorld.SUPPLIER_A, "ЖАКСЫБЕКОВ ЕРЛАН");
        FiledApplications filed = new FiledApplications(portal);
        long application = db.inTransaction(c -> filed.inclusion(c, dev, "Аппарат Б", "Аппарат В"));
        String page = portal.url("/social/go/applications/" + application);

        browser.open(portal.url("/social/go"));
        browser.find(By.cssSelector(".qs-go-new tr[data-application='" + application + "'] button[type=submit]"))
                .click();
        browser.waitForText(
                By.cssSelector(".qs-go-work tr[data-application='" + application + "']"), "На рассмотрении", WAIT);
        browser.open(page + "?tab=products");
        browser.find(By.cssSelector(".qs-go-product-applications tr:nth-child(2) button[type=submit]"))
                .click();
        browser.waitForText(PRODUCT_APPLICATIONS, "На рассмотрении", WAIT);
        browser.find(By.cssSelector(".qs-go-product-applications tr:nth-child(2) a.qs-go-open"))
                .click();
        browser.waitForText(By.cssSelector(".qs-go-product-name"), "Аппарат Б", WAIT);
        decide(false, "Нет сертификата соответствия", "p.pdf");
        browser.waitForText(By.cssSelector(".qs-go-decision-block .qs-status"), "Отказано", WAIT);
        assertThat(browser.find(By.cssSelector(".qs-go-decision-block .qs-reasons"))
                        .getText())
                .contains("Нет сертификата соответствия");
        String productSerial = lastStoredSerial();

        browser.open(page);
        browser.find(By.cssSelector(".qs-go-refuse")).click();
        browser.waitForText(MAIN, "Мотивированный отказ/Протокол решения комиссии", WAIT);
        browser.find(By.cssSelector(".qs-decision-submit")).click();
        browser.waitForText(By.cssSelector(".qs-decision-error"), "Укажите причину отказа", WAIT);
        browser.screenshot("social-review-refusal-form");
        decideInForm("Неполный пакет учредительных документов", "p2.pdf");
        browser.waitForText(By.cssSelector(".qs-go-tab-application .qs-status"), "Отказано", WAIT);
        assertThat(browser.find(By.cssSelector(".qs-go-tab-application .qs-reasons"))
                        .getText())
                .contains("Неполный пакет учредительных документов");
        browser.screenshot("social-review-refused");
        tab("products");
        String products = browser.waitForText(PRODUCT_APPLICATIONS, "Отказано", WAIT);
        assertThat(products).doesNotContain("+Новое", "На рассмотрении");
        assertThat(applicationStatus()).isEqualTo("REFUSED");

        String logged = lastTwoSerials("ivanova_sign.p12");
        assertThat(productSerial).isEqualToIgnoringCase(logged);
        assertThat(lastStoredSerial()).isEqualToIgnoringCase(logged);

        browser.driver().manage().deleteAllCookies();
        bridge.nextKey("dev_auth.p12");
        browser.open(portal.url("/login/supplier"));
        browser.find(SIGN_BUTTON).click();
        browser.waitForText(MAIN, "Кабинет поставщика", WAIT);
        String applications = browser.waitForText(By.cssSelector(".qs-applications"), "Отказано", WAIT);
        assertThat(applications).contains("Причины отказа", "Неполный пакет учредительных документов");
        browser.driver()
                .executeScript("arguments[0].scrollIntoView()", browser.find(By.cssSelector(".qs-applications")));
        browser.screenshot("social-supplier-refused");
    }

    /** The serial the bridge logged for the last two signatures made with {@code key}; both must be the same. */
    private static String lastTwoSerials(String key) throws Exception {
        List<String> serials = new ArrayList<>();
        for (JsonNode entry : bridge.log()) {
            if (key.equals(entry.path("key").asText())) {
                serials.add(entry.path("serialNumber").asText());
            }
        }
        assertThat(serials).hasSizeGreaterThanOrEqualTo(2);
        String last = serials.get(serials.size() - 1);
        assertThat(serials.get(serials.size() - 2)).isEqualToIgnoringCase(last);
        return last;
    }

    private static void tab(String name) {
        browser.find(By.cssSelector("a[data-tab=" + name + "]")).click();
        browser.waitForUrl("tab=" + name, WAIT);
    }

    /**
     * «Одобрить» or «Отказать» on the open item, the form filled with the reason and a protocol PDF written under
     * {@code name}, sent, then the decision signed in the bridge with the reviewer's signing key.
     */
    private static void decide(boolean approve, String reason, String name) throws Exception {
        browser.find(By.cssSelector(approve ? ".qs-go-approve" : ".qs-go-refuse"))
                .click();
        browser.waitForText(MAIN, approve ? "Протокол решения комиссии" : "Мотивированный отказ", WAIT);
        decideInForm(reason, name);
    }

    private static void decideInForm(String reason, String name) throws Exception {
        if (reason != null) {
            browser.find(By.cssSelector(".qs-decision-form textarea[name=reasons]"))
                    .clear();
            browser.find(By.cssSelector(".qs-decision-form textarea[name=reasons]"))
                    .sendKeys(reason);
        }
        Path protocol = root.resolve(name);
        Files.writeString(protocol, SocialWorld.PDF + name);
        browser.find(By.cssSelector(".qs-decision-form input[type=file]")).sendKeys(protocol.toString());
        browser.find(By.cssSelector(".qs-decision-submit")).click();
        browser.waitForText(By.cssSelector(".qs-decision [data-qs-sign]"), "Подписать", WAIT);
        assertThat(browser.find(By.cssSelector(".qs-decision-protocol")).getText())
                .contains(name, Sha256.hex(SocialWorld.PDF + name));
        if (reason != null) {
            assertThat(browser.find(By.cssSelector(".qs-decision .qs-reasons")).getText())
                    .contains(reason);
        }
        bridge.nextKey("ivanova_sign.p12");
        browser.find(By.cssSelector(".qs-decision [data-qs-sign]")).click();
        new WebDriverWait(browser.driver(), WAIT)
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/decision")));
    }

    private static KeyEntry devSupplierKey() throws Exception {
        return DevCertificates.issue(
                TestPki.get().pki(),
                KeyAlgorithm.RSA,
                DevHolder.employee(
                        "ЖАКСЫБЕКОВ", "ЕРЛАН", "СЕРИКОВИЧ", DEV_HEAD_IIN, "ТОО ДЕВ ТЕСТ", SocialWorld.SUPPLIER_A),
                KeyPurpose.AUTH,
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
        return stage.lastStoredSerial();
    }
}

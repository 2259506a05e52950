package kz.qoltanba.portal.social.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.e2e.BridgeProcess;
import kz.qoltanba.portal.e2e.Browser;
import kz.qoltanba.portal.e2e.BrowserStage;
import kz.qoltanba.portal.e2e.PortalUnderTest;
import kz.qoltanba.portal.social.Actor;
import kz.qoltanba.portal.social.FileKind;
import kz.qoltanba.portal.social.FileStore;
import kz.qoltanba.portal.social.SignatureCompletion;
import kz.qoltanba.portal.social.SocialArea;
import kz.qoltanba.portal.social.SocialWorld;
import kz.qoltanba.portal.social.review.Decision;
import kz.qoltanba.portal.social.review.Reviewers;
import kz.qoltanba.portal.social.supplier.ContactsForm;
import kz.qoltanba.portal.standins.StandIns;
import kz.qoltanba.portal.testutil.TestKey;
import kz.qoltanba.portal.testutil.TestPki;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The supplier's product list in headless Chromium (certificate login through the real bridge): «Превью товара»
 * with the photo loaded by the browser, «Создать копию» and «Удалить» with their confirmations, «Обновить» refused
 * for a higher stock and accepted for a lower one («Обновлен»), «Снять с продажи» («Снят с продажи», then only
 * the preview and the copy are offered). The approved product is set up through the domain services.
 */
class ProductListE2EIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final By MAIN = By.cssSelector("main");
    private static final String SUPPLIER_BIN = "180540012345";
    private static final String NAME = "Слуховой аппарат Звук-1";

    @TempDir
    static Path root;

    private static BrowserStage stage;
    private static PortalDatabase db;
    private static BridgeProcess bridge;
    private static PortalUnderTest portal;
    private static Browser browser;
    private static long product;

    @BeforeAll
    static void start() throws Exception {
        stage = BrowserStage.start(root, Map.of("tsr1_auth", TestPki.get().key(TestKey.TSR1_AUTH)));
        db = stage.db();
        bridge = stage.bridge();
        portal = stage.portal();
        browser = stage.browser();
        product = approvedProduct();
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
    void supplierPreviewsCopiesDeletesUpdatesAndWithdrawsFromTheProductList() throws Exception {
        bridge.nextKey("tsr1_auth.p12");
        browser.open(portal.url("/login/supplier"));
        browser.find(By.cssSelector("[data-qs-sign]")).click();
        browser.waitForText(MAIN, "Кабинет поставщика", WAIT);
        assertThat(browser.waitForText(row(product), "Одобрена заявка на публикацию", WAIT))
                .contains(NAME, "10");

        browser.find(row(product))
                .findElement(By.cssSelector(".qs-product-preview-link"))
                .click();
        browser.waitForText(By.cssSelector(".qs-product-preview"), NAME, WAIT);
        WebElement photo = browser.find(By.cssSelector(".qs-product-preview img.qs-product-image"));
        Object loadedWidth = browser.driver()
                .executeAsyncScript(
                        "const img = arguments[0], done = arguments[arguments.length - 1];"
                                + "if (img.complete) { done(img.naturalWidth); }"
                                + "else { img.onload = () => done(img.naturalWidth); img.onerror = () => done(-1); }",
                        photo);
        assertThat(((Number) loadedWidth).intValue()).isEqualTo(4);
        browser.screenshot("product-list-preview");

        browser.open(portal.url("/social/supplier"));
        browser.find(row(product))
                .findElement(By.cssSelector(".qs-product-copy"))
                .click();
        browser.waitForText(By.cssSelector(".qs-product-confirm"), "Создать копию товара «" + NAME + "»?", WAIT);
        browser.find(By.cssSelector(".qs-product-confirm-yes")).click();
        browser.waitForText(MAIN, "Черновик", WAIT);
        WebElement draft = rowWithStatus("Черновик");
        String draftId = draft.getAttribute("data-product-id");
        assertThat(draft.getText()).contains(NAME);
        browser.screenshot("product-list-copied");

        draft.findElement(By.cssSelector(".qs-product-delete")).click();
        browser.waitForText(By.cssSelector(".qs-product-confirm"), "Удалить товар «" + NAME + "»?", WAIT);
        browser.find(By.cssSelector(".qs-product-confirm-yes")).click();
        browser.waitForText(MAIN, "Кабинет поставщика", WAIT);
        assertThat(browser.driver().findElements(By.cssSelector("tr[data-product-id='" + draftId + "']")))
                .isEmpty();

        updateStock("11");
        browser.waitForText(MAIN, "Количество можно только уменьшить (сейчас 10)", WAIT);
        browser.screenshot("product-list-update-refused");
        browser.open(portal.url("/social/supplier"));
        updateStock("8");
        assertThat(browser.waitForText(row(product), "Обновлен", WAIT)).contains("8");
        browser.screenshot("product-list-updated");

        browser.find(row(product))
                .findElement(By.cssSelector(".qs-product-withdraw"))
                .click();
        browser.waitForText(By.cssSelector(".qs-product-confirm"), "Снять товар «" + NAME + "» с продажи?", WAIT);
        browser.find(By.cssSelector(".qs-product-confirm-yes")).click();
        browser.waitForText(row(product), "Снят с продажи", WAIT);
        WebElement actions = browser.find(row(product)).findElement(By.cssSelector(".qs-product-actions"));
        assertThat(actions.findElements(By.cssSelector("a, button")))
                .extracting(WebElement::getText)
                .containsExactly("Превью товара", "Создать копию");
        browser.screenshot("product-list-withdrawn");
    }

    private static void updateStock(String stock) {
        WebElement quantity = browser.find(row(product)).findElement(By.name("stockQuantity"));
        quantity.clear();
        quantity.sendKeys(stock);
        browser.find(row(product))
                .findElement(By.cssSelector(".qs-product-update"))
                .click();
    }

    private static By row(long id) {
        return By.cssSelector("tr[data-product-id='" + id + "']");
    }

    private static WebElement rowWithStatus(String status) {
        return browser.driver().findElements(By.cssSelector("tr[data-product-id]")).stream()
                .filter(r -> r.findElement(By.cssSelector(".qs-product-status"))
                        .getText()
                        .equals(status))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no product row in status " + status));
    }

    /** A 4×4 PNG the browser can decode. */
    private static byte[] photo() throws Exception {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x3366cc);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** ТОО «МедТехСервис» in the registry with one approved hearing aid (stock 10); stand-in signatures. */
    private static long approvedProduct() throws Exception {
        byte[] png = photo();
        StandIns registers = portal.services().find(StandIns.class).orElseThrow();
        SocialArea area = new SocialArea(portal.services(), registers);
        Actor supplier = new Actor(Actor.Role.SUPPLIER, 1, "850101300111", SUPPLIER_BIN, "АХМЕТОВ ЕРЛАН");
        Actor reviewer = new Actor(Actor.Role.REVIEWER, 1, "800303400333", SocialWorld.UKZ_AST, "Иванова Мария");
        return db.inTransaction(c -> {
            SignatureCompletion supplierSigns = expected -> SocialWorld.standIn(c, supplier);
            SignatureCompletion reviewerSigns = expected -> SocialWorld.standIn(c, reviewer);
            new Reviewers()
                    .provision(
                            c,
                            SocialWorld.UKZ_AST,
                            "УКЗиСП г. Астаны",
                            "Астана қ. ЖҚӘБ",
                            "7112",
                            reviewer.iin(),
                            reviewer.displayName());
            area.profile.enter(c, SUPPLIER_BIN);
            area.profile.acceptOffer(c, supplier, true);
            area.profile.saveContacts(
                    c,
                    supplier,
                    new ContactsForm(
                            "NON_STATIONARY", Set.of("PICKUP"), "+7 701 123 4567", "info@example.kz", "г. Астана"));
            String owner = FileStore.organisationOwner(SUPPLIER_BIN);
            long image = area.files
                    .store(c, supplier, owner, "aid.png", png, FileKind.IMAGE)
                    .id();
            long pdf = area.files
                    .store(c, supplier, owner, "cert.pdf", SocialWorld.PDF.getBytes(), FileKind.PDF)
                    .id();
            long id = FiledApplications.readyHearingAid(
                    area, c, supplier, NAME, "Звук-1 есту аппараты", "KZ-1", image, pdf);
            long application = area.submissions.submit(c, supplier, List.of(id), supplierSigns);
            long protocol = area.files
                    .store(
                            c,
                            reviewer,
                            FileStore.ukzispOwner(SocialWorld.UKZ_AST),
                            "protocol.pdf",
                            SocialWorld.PDF.getBytes(),
                            FileKind.PDF)
                    .id();
            area.applicationReview.take(c, reviewer, application);
            long productApplication =
                    area.applications.productsOf(c, application).get(0).id();
            area.productReview.take(c, reviewer, productApplication);
            area.productReview.decide(c, reviewer, productApplication, Decision.approval(protocol), reviewerSigns);
            area.applicationReview.decide(c, reviewer, application, Decision.approval(protocol), reviewerSigns);
            return id;
        });
    }
}

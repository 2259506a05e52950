package kz.qoltanba.portal.social.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.db.TestDatabase;
import kz.qoltanba.portal.e2e.BridgeProcess;
import kz.qoltanba.portal.e2e.BridgeSignatures;
import kz.qoltanba.portal.e2e.Browser;
import kz.qoltanba.portal.e2e.PortalUnderTest;
import kz.qoltanba.portal.social.Actor;
import kz.qoltanba.portal.social.SocialArea;
import kz.qoltanba.portal.social.SocialWorld;
import kz.qoltanba.portal.social.order.OrderForm;
import kz.qoltanba.portal.social.order.Recipient;
import kz.qoltanba.portal.standins.StandIns;
import kz.qoltanba.portal.testutil.TestKey;
import kz.qoltanba.portal.testutil.TestPki;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * AS-20 on the supplier's order page in headless Chromium with the real bridge: a completed signature posted
 * again, another request's signature slipped into what the page posts, a revoked key chosen in the signing app,
 * and the signing app stopped. Each is refused with the sentence of the rejection, and the order, the signed
 * documents and the sign requests stay as they were.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrderSignatureSecurityE2EIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final By STATUS = By.cssSelector("dd.qs-order-status");
    private static final By YES = By.cssSelector(".qs-order-answer .qs-sign:first-child [data-qs-sign]");
    private static final By YES_MESSAGE = By.cssSelector(".qs-order-answer .qs-sign:first-child [data-qs-message]");
    private static final String RECIPIENT_IIN = "750505400555";

    /** Remembers every complete POST of the page in the tab's session storage (it outlives the redirect). */
    private static final String CAPTURE = "const original = window.fetch;"
            + "window.fetch = function (url, init) {"
            + "  if (String(url).includes('/complete') && init && init.body) {"
            + "    sessionStorage.setItem('qsCaptured', JSON.stringify({url: String(url), body: init.body}));"
            + "  }"
            + "  return original.apply(this, arguments);"
            + "};";

    /** Replaces the page's own signature with the one captured from another sign request. */
    private static final String SWAP = "const original = window.fetch;"
            + "window.fetch = function (url, init) {"
            + "  if (String(url).includes('/complete') && init && init.body) {"
            + "    const body = JSON.parse(init.body);"
            + "    body.signed = JSON.parse(JSON.parse(sessionStorage.getItem('qsCaptured')).body).signed;"
            + "    init = Object.assign({}, init, {body: JSON.stringify(body)});"
            + "    return original.call(this, url, init);"
            + "  }"
            + "  return original.apply(this, arguments);"
            + "};";

    /**
     * Lets the signing app offer any signing key: the page's key filter is only a convenience, the portal's
     * verification is what refuses.
     */
    private static final String ANY_KEY = "const original = window.fetch;"
            + "window.fetch = function (url, init) {"
            + "  const answer = original.apply(this, arguments);"
            + "  if (!String(url).includes('/issue')) { return answer; }"
            + "  return answer.then(r => r.json()).then(j => {"
            + "    j.extKeyUsageOids = []; j.iin = null; j.bin = null;"
            + "    return new Response(JSON.stringify(j), {status: 200, headers: {'Content-Type': 'application/json'}});"
            + "  });"
            + "};";

    /** Changes one byte of the signed content inside the CMS the page posts (the signature itself is untouched). */
    private static final String FLIP = "const original = window.fetch;"
            + "let issued = null;"
            + "window.fetch = function (url, init) {"
            + "  if (String(url).includes('/issue')) {"
            + "    return original.apply(this, arguments).then(r => { r.clone().json().then(j => issued = j); return r; });"
            + "  }"
            + "  if (String(url).includes('/complete') && init && init.body) {"
            + "    const body = JSON.parse(init.body);"
            + "    const cms = atob(body.signed.replace(/-----[A-Z ]+-----/g, '').replace(/\\s/g, ''));"
            + "    const content = atob(issued.data.replace(/\\s/g, ''));"
            + "    const at = cms.indexOf(content);"
            + "    const i = at >= 0 ? at + Math.floor(content.length / 2) : Math.floor(cms.length / 2);"
            + "    const flipped = cms.substring(0, i) + String.fromCharCode(cms.charCodeAt(i) ^ 1) + cms.substring(i + 1);"
            + "    body.signed = '-----BEGIN CMS-----\\n' + btoa(flipped).match(/.{1,64}/g).join('\\n')"
            + "      + '\\n-----END CMS-----\\n';"
            + "    init = Object.assign({}, init, {body: JSON.stringify(body)});"
            + "    return original.call(this, url, init);"
            + "  }"
            + "  return original.apply(this, arguments);"
            + "};";

    @TempDir
    static Path root;

    private static PortalDatabase db;
    private static BridgeProcess bridge;
    private static PortalUnderTest portal;
    private static Browser browser;
    private static SocialArea area;
    private static long product;

    @BeforeAll
    static void start() throws Exception {
        BridgeProcess.jar();
        db = TestDatabase.fresh();
        TestPki pki = TestPki.get();
        int portalPort = PortalUnderTest.freePort();
        Path keys = BridgeProcess.writeKeys(
                root.resolve("keys"),
                Map.of(
                        "tsr1_auth", pki.key(TestKey.TSR1_AUTH),
                        "tsr1_sign", pki.key(TestKey.TSR1_SIGN),
                        "revoked", pki.key(TestKey.REVOKED)),
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
        product = OrderE2EIT.approvedProduct(db, portal);
        area = new SocialArea(
                portal.services(), portal.services().find(StandIns.class).orElseThrow());
        browser = Browser.start(bridge.userHome(), root.resolve("profile"));
        bridge.nextKey("tsr1_auth.p12");
        browser.open(portal.url("/login/supplier"));
        browser.find(By.cssSelector("[data-qs-sign]")).click();
        browser.waitForText(By.cssSelector("main"), "Кабинет поставщика", WAIT);
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (bridge != null && db != null) {
                BridgeSignatures.assertStoredByTheBridge(db, bridge);
            }
        } finally {
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
    }

    @Test
    @Order(1)
    void whenACompletedSignatureIsPostedAgain_thenTheRequestIsInvalid_andNothingIsStored() throws Exception {
        long order = newOrder();
        openOrder(order);
        browser.driver().executeScript(CAPTURE);
        bridge.nextKey("tsr1_sign.p12");
        browser.find(YES).click();
        browser.waitForText(STATUS, "Товар есть в наличии, зарезервирован", WAIT);
        long documents = count("signed_document");
        String history = statuses(order);

        JsonNode again = replay(null);
        assertThat(again.path("ok").asBoolean()).as(again.toString()).isFalse();
        assertThat(again.path("code").asText()).isEqualTo("SIGN_REQUEST_INVALID");
        assertThat(again.path("message").asText())
                .isEqualTo("Запрос на подпись недействителен: он уже использован, истёк или выдан другому сеансу.");

        long other = newOrder();
        JsonNode elsewhere = replay("/social/supplier/orders/" + other + "/answer/complete?available=true");
        assertThat(elsewhere.path("ok").asBoolean()).as(elsewhere.toString()).isFalse();
        assertThat(elsewhere.path("code").asText()).isEqualTo("SIGN_REQUEST_INVALID");
        assertThat(elsewhere.path("message").asText())
                .isEqualTo("Запрос на подпись недействителен: он уже использован, истёк или выдан другому сеансу.");
        assertThat(statuses(other)).isEqualTo("CREATED,AWAITING_ANSWER");
        assertThat(count("signed_document")).isEqualTo(documents);
        assertThat(statuses(order)).isEqualTo(history);
    }

    @Test
    @Order(2)
    void whenAnotherRequestsSignatureIsPostedFromThePage_thenTheContentDoesNotMatch_andNothingChanges()
            throws Exception {
        long order = newOrder();
        openOrder(order);
        browser.driver().executeScript(SWAP);
        long documents = count("signed_document");
        bridge.nextKey("tsr1_sign.p12");
        browser.find(YES).click();

        browser.waitForText(YES_MESSAGE, "Подписанные данные не совпадают с данными, выданными на подпись.", WAIT);
        browser.screenshot("order-as20-content-mismatch");
        assertThat(count("signed_document")).isEqualTo(documents);
        assertThat(statuses(order)).isEqualTo("CREATED,AWAITING_ANSWER");
        browser.open(portal.url("/social/supplier/orders/" + order));
        assertThat(browser.waitForText(STATUS, "Ожидается ответ о наличии товара", WAIT))
                .isEqualTo("Ожидается ответ о наличии товара");
    }

    @Test
    @Order(3)
    void whenOneByteOfTheSignedContentIsChangedOnTheWay_thenItDoesNotMatch_andNothingChanges() throws Exception {
        long order = newOrder();
        openOrder(order);
        browser.driver().executeScript(FLIP);
        long documents = count("signed_document");
        bridge.nextKey("tsr1_sign.p12");
        browser.find(YES).click();

        browser.waitForText(YES_MESSAGE, "Подписанные данные не совпадают с данными, выданными на подпись.", WAIT);
        assertThat(count("signed_document")).isEqualTo(documents);
        assertThat(statuses(order)).isEqualTo("CREATED,AWAITING_ANSWER");
    }

    @Test
    @Order(4)
    void whenARevokedKeyIsChosenInTheSigningApp_thenTheAnswerIsRefused_andNothingChanges() throws Exception {
        long order = newOrder();
        openOrder(order);
        browser.driver().executeScript(ANY_KEY);
        long documents = count("signed_document");
        bridge.nextKey("revoked.p12");
        browser.find(YES).click();

        browser.waitForText(YES_MESSAGE, "Сертификат отозван.", WAIT);
        browser.screenshot("order-as20-revoked");
        assertThat(count("signed_document")).isEqualTo(documents);
        assertThat(statuses(order)).isEqualTo("CREATED,AWAITING_ANSWER");
    }

    @Test
    @Order(5)
    void whenTheSigningAppIsNotRunning_thenTheGuidanceIsShown_andNoRequestIsIssued() throws Exception {
        long order = newOrder();
        // The bridge's log goes with it: every document stored so far is checked against it now.
        BridgeSignatures.assertStoredByTheBridge(db, bridge);
        bridge.close();
        bridge = null;
        openOrder(order);
        long requests = count("sign_request");
        browser.find(YES).click();

        assertThat(browser.waitForText(YES_MESSAGE, "не запущено", WAIT)).contains("NCALayer");
        assertThat(browser.find(By.cssSelector(".qs-order-answer .qs-sign:first-child [data-qs-help]"))
                        .isDisplayed())
                .isTrue();
        browser.screenshot("order-as20-not-running");
        assertThat(count("sign_request")).isEqualTo(requests);
        assertThat(statuses(order)).isEqualTo("CREATED,AWAITING_ANSWER");
    }

    /** Posts the captured complete body again with the browser's session, to its own URL or to {@code url}. */
    private static JsonNode replay(String url) throws Exception {
        Object answer = browser.driver()
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "const captured = JSON.parse(sessionStorage.getItem('qsCaptured'));"
                                + "fetch(arguments[0] || captured.url, {method: 'POST', credentials: 'same-origin',"
                                + " headers: {'Content-Type': 'application/json', 'X-CSRF-Token': "
                                + "document.querySelector('meta[name=csrf-token]').content}, body: captured.body})"
                                + ".then(r => r.text()).then(done, e => done(String(e)));",
                        url);
        return JSON.readTree(String.valueOf(answer));
    }

    private static void openOrder(long order) {
        browser.open(portal.url("/social/supplier/orders/" + order));
        browser.waitForText(STATUS, "Ожидается ответ о наличии товара", WAIT);
    }

    private static long newOrder() {
        return db.inTransaction(c -> {
            Recipient r = area.recipients.enter(
                    c, RECIPIENT_IIN, "ИСУПОВА МИСМИРА", Clock.systemUTC().instant());
            Actor recipient = new Actor(Actor.Role.RECIPIENT, r.id(), r.iin(), null, r.fullName());
            return area.ordering.order(
                    c,
                    recipient,
                    new OrderForm(
                            product,
                            "1",
                            "PICKUP",
                            SocialWorld.AKTOBE,
                            "Исупова Мисмира",
                            "+7 702 555 0505",
                            "recipient@example.kz"));
        });
    }

    private static long count(String table) {
        return db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM " + table);
                    ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    /** The order's statuses in the order they were reached, comma-separated. */
    private static String statuses(long order) {
        return db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT string_agg(status, ',' ORDER BY id) FROM social_order_history WHERE order_id = ?")) {
                s.setLong(1, order);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getString(1);
                }
            }
        });
    }
}

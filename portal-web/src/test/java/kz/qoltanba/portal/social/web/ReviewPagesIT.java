package kz.qoltanba.portal.social.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.db.TestDatabase;
import kz.qoltanba.portal.e2e.PortalUnderTest;
import kz.qoltanba.portal.social.Actor;
import kz.qoltanba.portal.social.Sha256;
import kz.qoltanba.portal.social.SocialWorld;
import kz.qoltanba.portal.testutil.MutableClock;
import kz.qoltanba.portal.testutil.TestPki;
import kz.qoltanba.portal.testutil.TestSignatures;
import kz.qoltanba.portal.web.WebClient;
import kz.qoltanba.signing.cert.KeyPurpose;
import kz.qoltanba.signing.token.KeyEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reviewer's pages over HTTP: the filed application and product application in tabs, the decision form's
 * checks (reasons, the protocol PDF by its bytes and size, the approval guard) with the sentence next to the form
 * and nothing stored, then a refusal signed through the issue/complete routes.
 */
class ReviewPagesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISSUE = Pattern.compile("data-qs-issue=\"([^\"]+)\"");
    private static final Pattern COMPLETE = Pattern.compile("data-qs-complete=\"([^\"]+)\"");
    private static final byte[] PDF = SocialWorld.PDF.getBytes(StandardCharsets.UTF_8);
    private final PortalDatabase db = TestDatabase.fresh();
    private PortalUnderTest portal;
    private long application;
    private WebClient reviewer;
    private String csrf;

    @BeforeEach
    void start() throws Exception {
        portal = PortalUnderTest.start(db, MutableClock.startingNow(), TestPki.get(), PortalUnderTest.options());
        FiledApplications filed = new FiledApplications(portal);
        Actor tsr1 = new Actor(Actor.Role.SUPPLIER, 1, "850101300111", SocialWorld.SUPPLIER_B, "АХМЕТОВ ЕРЛАН");
        application = db.inTransaction(c -> {
            FiledApplications.provisionReviewer(c);
            return filed.inclusion(c, tsr1, "Звук-1", "Звук-2");
        });
        reviewer = new WebClient();
        JsonNode login = login(reviewer, FiledApplications.reviewerKey(KeyPurpose.AUTH));
        assertThat(login.path("ok").asBoolean()).as(login.toString()).isTrue();
        csrf = WebClient.csrfOf(reviewer.get(portal.url("/social/go")));
    }

    @AfterEach
    void stop() throws Exception {
        portal.close();
        db.close();
    }

    @Test
    void whenTheReviewerOpensTheApplication_thenEveryTabShowsWhatWasFiled_andTheProductApplicationsAreTakenThere()
            throws Exception {
        String base = portal.url("/social/go/applications/" + application);
        assertThat(reviewer.get(portal.url("/social/go")).body())
                .contains("/social/go/applications/" + application, "ТОО «МедТехСервис»");
        redirectsTo(
                reviewer.postForm(base + "/take", Map.of("back", "/social/go/applications/" + application), csrf),
                "/social/go/applications/" + application);

        String first = reviewer.get(base).body();
        assertThat(first)
                .contains("Заявление", "Заявки на товар", "Данные организации", "На включение в реестр")
                .contains("180540012345", "На рассмотрении", "Иванова Мария", "Одобрить", "Отказать", "Отменить");
        assertThat(reviewer.get(base + "?tab=organisation&part=contacts").body())
                .contains("Контактные данные", "+7 701 123 4567", "info@example.kz");
        assertThat(reviewer.get(base + "?tab=organisation").body())
                .contains("АХМЕТОВ ЕРЛАН", "г. Астана, ул. Сыганак 18");
        String products = reviewer.get(base + "?tab=products").body();
        assertThat(products).contains("Звук-1", "Звук-2", "+Новое", "В работу");

        long productApplication = productApplications()[0];
        redirectsTo(
                reviewer.postForm(
                        portal.url("/social/go/product-applications/" + productApplication + "/take"),
                        Map.of("back", "/social/go/applications/" + application + "?tab=products"),
                        csrf),
                "/social/go/applications/" + application + "?tab=products");
        String item = portal.url("/social/go/product-applications/" + productApplication);
        assertThat(reviewer.get(item).body()).contains("Звук-1", "59000", "Основные сведения", "На рассмотрении");
        assertThat(reviewer.get(item + "?tab=technical").body()).contains("25.7");
        String quality = reviewer.get(item + "?tab=quality").body();
        String certificate = SocialWorld.PDF + "Звук-1";
        String sha = Sha256.hex(certificate);
        assertThat(quality).contains("KZ-Звук-1", "cert-Звук-1.pdf", sha);
        HttpResponse<String> download = reviewer.get(item + "/files/" + sha);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(certificate);
        assertThat(reviewer.get(item + "/files/" + "0".repeat(64)).statusCode()).isEqualTo(404);
        reviewer.get(portal.url("/lang/kk"));
        assertThat(reviewer.get(base + "?tab=products").body())
                .contains("Өтініш", "Ұйым деректері", "Тауарға өтінімдер", "Қаралуда");
        HttpResponse<String> takenAgain =
                reviewer.postForm(base + "/take", Map.of("back", "/social/go/applications/" + application), csrf);
        assertThat(takenAgain.statusCode()).as(takenAgain.body()).isEqualTo(400);
        assertThat(takenAgain.body())
                .contains("Өтініш жұмысқа алынған немесе қаралған (мәртебесі «Қаралуда»)")
                .doesNotContain("Заявление уже взято в работу");
        assertThat(reviewer.get(item + "?tab=quality").body()).contains("Сапалық сипаттамалар", "KZ-Звук-1");
        reviewer.get(portal.url("/lang/ru"));
        assertThat(reviewer.get(portal.url("/social/go/applications/999999")).statusCode())
                .isEqualTo(404);
        assertThat(reviewer.get(portal.url("/social/go/applications/999999/decision?approve=true"))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void whenTheDecisionFormIsIncomplete_thenItSaysWhatIsWrong_andNothingIsStored_thenTheRefusalIsSigned()
            throws Exception {
        reviewer.postForm(portal.url("/social/go/applications/" + application + "/take"), Map.of(), csrf);
        long productApplication = productApplications()[0];
        String item = "/social/go/product-applications/" + productApplication;
        reviewer.postForm(portal.url(item + "/take"), Map.of(), csrf);
        assertThat(reviewer.get(portal.url(item + "/decision?approve=false")).body())
                .contains("Мотивированный отказ/Протокол решения комиссии", "Выберите файл", "Подписать и отправить");

        String form = portal.url(item + "/decision");
        refused(decide(form, "false", "", "p.pdf", PDF), "Укажите причину отказа");
        refused(decide(form, "false", "Нет сертификата", "", new byte[0]), "Приложите протокол решения комиссии (PDF)");
        refused(decide(form, "false", "Нет сертификата", "p.pdf", new byte[0]), "Файл протокола «p.pdf» пуст");
        refused(
                decide(form, "false", "Нет сертификата", "protocol.docx", new byte[] {'P', 'K', 3, 4, 20, 0}),
                "Файл протокола «protocol.docx» не является PDF");
        byte[] huge = new byte[(int) kz.qoltanba.portal.social.FileStore.MAX_SIZE + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        refused(decide(form, "false", "Нет сертификата", "big.pdf", huge), "Файл протокола «big.pdf» больше 20 МБ");
        refused(
                decide(portal.url("/social/go/applications/" + application + "/decision"), "true", "", "p.pdf", PDF),
                "Сначала рассмотрите все заявки на товар этого заявления");
        assertThat(protocolsStored()).isZero();

        reviewer.get(portal.url("/lang/kk"));
        refused(
                decide(form, "false", "Нет сертификата", "", new byte[0]),
                "Комиссия шешімінің хаттамасын (PDF) тіркеңіз");
        reviewer.get(portal.url("/lang/ru"));

        HttpResponse<String> ready = decide(form, "false", "Нет сертификата соответствия\n\nИстёк срок", "p.pdf", PDF);
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(ready.body())
                .contains("Нет сертификата соответствия", "Истёк срок", "p.pdf", Sha256.hex(PDF), "Подписать");
        assertThat(protocolsStored()).isEqualTo(1);

        JsonNode request = JSON.readTree(reviewer.postJson(portal.url(attribute(ISSUE, ready.body())), "{}", csrf)
                .body());
        assertThat(request.path("id").asText()).as(request.toString()).isNotBlank();
        String cms = TestSignatures.signCms(
                java.util.Base64.getDecoder().decode(request.path("data").asText()),
                FiledApplications.reviewerKey(KeyPurpose.SIGN));
        JsonNode done = JSON.readTree(reviewer.postJson(
                        portal.url(attribute(COMPLETE, ready.body())),
                        JSON.writeValueAsString(
                                Map.of("requestId", request.path("id").asText(), "signed", cms)),
                        csrf)
                .body());
        assertThat(done.path("ok").asBoolean()).as(done.toString()).isTrue();
        assertThat(done.path("redirect").asText()).isEqualTo(item);
        assertThat(reviewer.get(portal.url(item)).body())
                .contains("Отказано", "Нет сертификата соответствия", "Истёк срок", "p.pdf");
        refused(
                decide(portal.url("/social/go/applications/" + application + "/decision"), "true", "", "p.pdf", PDF),
                "Сначала рассмотрите все заявки на товар этого заявления");
        reviewer.postForm(
                portal.url("/social/go/product-applications/" + productApplications()[1] + "/take"), Map.of(), csrf);
        reviewer.get(portal.url("/lang/kk"));
        refused(
                decide(
                        portal.url("/social/go/product-applications/" + productApplications()[1] + "/decision"),
                        "false",
                        "",
                        "p.pdf",
                        PDF),
                "Бас тарту себебін көрсетіңіз");
    }

    private HttpResponse<String> decide(String url, String approve, String reasons, String name, byte[] content)
            throws Exception {
        return reviewer.postMultipart(
                url, Map.of("_csrf", csrf, "approve", approve, "reasons", reasons), "protocol", name, content);
    }

    private static void refused(HttpResponse<String> answer, String sentence) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains(sentence, "qs-decision-form");
    }

    private static void redirectsTo(HttpResponse<String> answer, String location) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValue(location);
    }

    private static String attribute(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        assertThat(m.find()).as(html).isTrue();
        return m.group(1).replace("&amp;", "&");
    }

    private long[] productApplications() {
        return db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id FROM social_product_application WHERE registry_application_id = ? ORDER BY id")) {
                s.setLong(1, application);
                try (ResultSet r = s.executeQuery()) {
                    java.util.List<Long> ids = new java.util.ArrayList<>();
                    while (r.next()) {
                        ids.add(r.getLong(1));
                    }
                    return ids.stream().mapToLong(Long::longValue).toArray();
                }
            }
        });
    }

    private int protocolsStored() {
        return db.inTransaction(c -> {
            try (PreparedStatement s =
                            c.prepareStatement("SELECT count(*) FROM social_file WHERE owner LIKE 'ukzisp:%'");
                    ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        });
    }

    private JsonNode login(WebClient client, KeyEntry key) throws Exception {
        return client.certificateLogin(portal.url("/login/reviewer"), key);
    }
}

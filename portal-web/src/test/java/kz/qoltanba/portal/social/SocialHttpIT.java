package kz.qoltanba.portal.social;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.db.TestDatabase;
import kz.qoltanba.portal.e2e.PortalUnderTest;
import kz.qoltanba.portal.social.review.Reviewers;
import kz.qoltanba.portal.testutil.HttpLogin;
import kz.qoltanba.portal.testutil.MutableClock;
import kz.qoltanba.portal.testutil.TestKey;
import kz.qoltanba.portal.testutil.TestPki;
import kz.qoltanba.portal.testutil.TestSignatures;
import kz.qoltanba.portal.web.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The social area over HTTP with the certificate login: first login leads to the public offer, the cabinet stays
 * closed until it is accepted, and one supplier can neither see nor touch another's product.
 */
class SocialHttpIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PortalDatabase db = TestDatabase.fresh();
    private PortalUnderTest portal;

    @BeforeEach
    void start() {
        portal = PortalUnderTest.start(db, MutableClock.startingNow(), TestPki.get(), PortalUnderTest.options());
    }

    @AfterEach
    void stop() throws Exception {
        portal.close();
        db.close();
    }

    @Test
    void whenASupplierLogsInFirstTime_thenTheOfferComesFirst_andTheCabinetOpensAfterAcceptance() throws Exception {
        WebClient tsr1 = new WebClient();
        JsonNode login = HttpLogin.login(portal, tsr1, "supplier", TestKey.TSR1_AUTH);
        assertThat(login.path("redirect").asText()).isEqualTo("/social/supplier/welcome");

        assertThat(tsr1.get(portal.url("/social/supplier")).headers().firstValue("Location"))
                .hasValue("/social/supplier/welcome");
        HttpResponse<String> welcome = tsr1.get(portal.url("/social/supplier/welcome"));
        assertThat(welcome.body())
                .contains(
                        "Публичный Договор-оферта",
                        "Принимаю условия Публичного договора",
                        "Принять и продолжить",
                        "Выйти");
        String csrf = WebClient.csrfOf(welcome);

        assertThat(tsr1.postForm(portal.url("/social/supplier/offer"), Map.of(), csrf)
                        .statusCode())
                .isEqualTo(400);
        assertThat(tsr1.postForm(portal.url("/social/supplier/offer"), Map.of("accept", "on"), csrf)
                        .statusCode())
                .isEqualTo(302);

        HttpResponse<String> cabinet = tsr1.get(portal.url("/social/supplier"));
        assertThat(cabinet.statusCode()).isEqualTo(200);
        assertThat(cabinet.body())
                .contains("Кабинет поставщика", "180540012345", "ТОО «МедТехСервис»", "г. Актобе, ул. Маресьева 5");
    }

    @Test
    void whenAnotherSupplierTouchesAProduct_thenItDoesNotExist_andOtherAreasAreRefused() throws Exception {
        WebClient tsr1 = supplier(TestKey.TSR1_AUTH);
        String csrf1 = WebClient.csrfOf(tsr1.get(portal.url("/social/supplier")));
        JsonNode image = JSON.readTree(tsr1.postMultipart(
                        portal.url("/social/supplier/files"),
                        Map.of("kind", "IMAGE", "_csrf", csrf1),
                        "file",
                        "aid.png",
                        SocialWorld.PNG)
                .body());
        assertThat(image.path("ok").asBoolean()).isTrue();
        String general = JSON.writeValueAsString(Map.ofEntries(
                Map.entry("tsrTypeId", "hearing-battery"),
                Map.entry("nameRu", "Аппарат"),
                Map.entry("nameKk", "Аппарат"),
                Map.entry("descriptionRu", "Описание"),
                Map.entry("descriptionKk", "Сипаттама"),
                Map.entry("price", "59000"),
                Map.entry("stockQuantity", "5"),
                Map.entry("pickupAddresses", List.of("г. Актобе, ул. Маресьева 5")),
                Map.entry("imageFileIds", List.of(image.path("id").asLong()))));
        HttpResponse<String> created = tsr1.postJson(portal.url("/social/supplier/products"), general, csrf1);
        assertThat(created.body()).contains("\"id\"");
        long product = JSON.readTree(created.body()).path("id").asLong();

        WebClient other = supplier(TestKey.GSP1_AUTH);
        String csrf2 = WebClient.csrfOf(other.get(portal.url("/social/supplier")));
        HttpResponse<String> stolen =
                other.postJson(portal.url("/social/supplier/products/" + product + "/copy"), "{}", csrf2);
        assertThat(stolen.statusCode()).isEqualTo(404);
        assertThat(other.get(portal.url("/social/supplier")).body()).doesNotContain("Аппарат");
        assertThat(tsr1.get(portal.url("/social/supplier")).body()).contains("Аппарат", "Черновик");

        WebClient recipient = new WebClient();
        HttpLogin.login(portal, recipient, "recipient", TestKey.TSR1_IND_AUTH);
        assertThat(recipient.get(portal.url("/social/supplier")).statusCode()).isEqualTo(403);
        assertThat(recipient.get(portal.url("/social/recipient")).statusCode()).isEqualTo(200);
    }

    @Test
    void whenTheInclusionIsSignedThroughTheRoutes_thenTheApplicationIsNew_andAWrongKeyChangesNothing()
            throws Exception {
        WebClient tsr1 = supplier(TestKey.TSR1_AUTH);
        String csrf = WebClient.csrfOf(tsr1.get(portal.url("/social/supplier")));
        long image = upload(tsr1, csrf, "IMAGE", "aid.png", SocialWorld.PNG);
        long pdf = upload(
                tsr1, csrf, "PDF", "cert.pdf", SocialWorld.PDF.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String general = JSON.writeValueAsString(Map.ofEntries(
                Map.entry("tsrTypeId", "hearing-battery"),
                Map.entry("nameRu", "Слуховой аппарат"),
                Map.entry("nameKk", "Есту аппараты"),
                Map.entry("descriptionRu", "Описание"),
                Map.entry("descriptionKk", "Сипаттама"),
                Map.entry("price", "59000"),
                Map.entry("stockQuantity", "12"),
                Map.entry("pickupAddresses", List.of("г. Актобе, ул. Маресьева 5")),
                Map.entry("imageFileIds", List.of(image))));
        long product = JSON.readTree(tsr1.postJson(portal.url("/social/supplier/products"), general, csrf)
                        .body())
                .path("id")
                .asLong();
        String base = portal.url("/social/supplier/products/" + product + "/");
        assertOk(tsr1.postJson(base + "technical", "{\"gain\":\"25,7\"}", csrf), false);
        assertOk(tsr1.postJson(base + "technical", "{\"gain\":\"25.7\"}", csrf), true);
        assertOk(tsr1.postJson(base + "operational", "{\"warranty\":\"24\"}", csrf), true);
        assertOk(tsr1.postJson(base + "functional", "{\"programs\":\"4\"}", csrf), true);
        assertOk(
                tsr1.postJson(
                        base + "quality",
                        "[{\"kind\":\"CERTIFICATE\",\"number\":\"KZ-1\",\"issueDate\":"
                                + "\"2026-01-10\",\"validUntil\":\"2029-01-10\",\"issuer\":\"ОС\",\"fileId\":" + pdf
                                + "}]",
                        csrf),
                true);
        assertOk(
                tsr1.postJson(
                        base + "registration",
                        "{\"requiresRegistration\":false,\"number\":\"Н-7\"," + "\"date\":\"2026-02-01\",\"fileIds\":["
                                + pdf + "]}",
                        csrf),
                true);
        assertOk(tsr1.postJson(base + "finish", "{}", csrf), true);
        assertThat(tsr1.get(portal.url("/social/supplier")).body()).contains("Готов к публикации");

        String page = tsr1.get(portal.url("/social/supplier?select=" + product)).body();
        assertThat(page).contains("Подписать заявление на включение в реестр");
        String issue = portal.url("/social/supplier/applications/issue?product=" + product);
        String complete = portal.url("/social/supplier/applications/complete?product=" + product);

        JsonNode unrouted = JSON.readTree(tsr1.postJson(issue, "{}", csrf).body());
        assertThat(unrouted.path("ok").asBoolean(true)).isFalse();
        assertThat(unrouted.path("message").asText()).contains("УКЗиСП");
        db.inTransaction(c -> {
            new Reviewers()
                    .provision(
                            c,
                            SocialWorld.UKZ_AST,
                            "УКЗиСП г. Астаны",
                            "Астана қ. ЖҚӘБ",
                            "7112",
                            "800303400333",
                            "Иванова Мария");
            return null;
        });

        JsonNode wrong = JSON.readTree(tsr1.postJson(issue, "{}", csrf).body());
        assertThat(wrong.path("bin").asText()).as(wrong.toString()).isEqualTo("180540012345");
        JsonNode refused = JSON.readTree(
                tsr1.postJson(complete, signed(wrong, TestKey.TSR1_AUTH), csrf).body());
        assertThat(refused.path("ok").asBoolean()).isFalse();
        assertThat(refused.path("code").asText()).isEqualTo("CERT_WRONG_KEY_TYPE");
        assertThat(tsr1.get(portal.url("/social/supplier")).body()).doesNotContain("+Новое");

        JsonNode request = JSON.readTree(tsr1.postJson(issue, "{}", csrf).body());
        String completion = signed(request, TestKey.TSR1_SIGN);
        JsonNode done = JSON.readTree(tsr1.postJson(complete, completion, csrf).body());
        assertThat(done.path("ok").asBoolean()).as(done.toString()).isTrue();
        assertThat(tsr1.get(portal.url("/social/supplier")).body())
                .contains("+Новое", "Отправлена заявка на публикацию");

        JsonNode replay =
                JSON.readTree(tsr1.postJson(complete, completion, csrf).body());
        assertThat(replay.path("ok").asBoolean()).isFalse();
        assertThat(replay.path("code").asText()).isEqualTo("SIGN_REQUEST_INVALID");
        assertThat(replay.path("message").asText())
                .isEqualTo("Запрос на подпись недействителен: он уже использован, истёк или выдан другому сеансу.");

        tsr1.get(portal.url("/lang/kk"));
        JsonNode replayKk =
                JSON.readTree(tsr1.postJson(complete, completion, csrf).body());
        assertThat(replayKk.path("code").asText()).isEqualTo("SIGN_REQUEST_INVALID");
        assertThat(replayKk.path("message").asText())
                .isEqualTo("Қол қою сұрауы жарамсыз: ол пайдаланылған, мерзімі өткен немесе басқа сеансқа берілген.");
        tsr1.get(portal.url("/lang/ru"));
    }

    private static String signed(JsonNode request, TestKey key) throws Exception {
        String cms = TestSignatures.signCms(
                java.util.Base64.getDecoder().decode(request.path("data").asText()),
                TestPki.get().key(key));
        return JSON.writeValueAsString(Map.of("requestId", request.path("id").asText(), "signed", cms));
    }

    private static void assertOk(HttpResponse<String> answer, boolean ok) throws Exception {
        assertThat(JSON.readTree(answer.body()).path("ok").asBoolean())
                .as(answer.body())
                .isEqualTo(ok);
    }

    private long upload(WebClient client, String csrf, String kind, String name, byte[] content) throws Exception {
        return JSON.readTree(client.postMultipart(
                                portal.url("/social/supplier/files"),
                                Map.of("kind", kind, "_csrf", csrf),
                                "file",
                                name,
                                content)
                        .body())
                .path("id")
                .asLong();
    }

    private WebClient supplier(TestKey key) throws Exception {
        return HttpLogin.onboardedSupplier(portal, key, "г. Астана");
    }
}

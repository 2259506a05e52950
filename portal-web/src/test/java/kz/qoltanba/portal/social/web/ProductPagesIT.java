package kz.qoltanba.portal.social.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.db.TestDatabase;
import kz.qoltanba.portal.e2e.PortalUnderTest;
import kz.qoltanba.portal.social.SocialWorld;
import kz.qoltanba.portal.testutil.HttpLogin;
import kz.qoltanba.portal.testutil.MutableClock;
import kz.qoltanba.portal.testutil.TestKey;
import kz.qoltanba.portal.testutil.TestPki;
import kz.qoltanba.portal.web.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The product wizard's pages over HTTP: each tab's form goes through the domain's checks, a refusal shows the
 * domain's sentence next to the form with what was typed, and the list's row actions work.
 */
class ProductPagesIT {
    private static final String ADDRESS = "г. Актобе, ул. Маресьева 5";
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
    void whenTheWizardIsFilledThroughItsPages_thenWrongValuesAreExplained_andTheProductBecomesReady() throws Exception {
        WebClient tsr1 = supplier();
        HttpResponse<String> first = tsr1.get(portal.url("/social/supplier/wizard/new"));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body())
                .contains("+Добавить товар", "Технические характеристики", "Качественные характеристики");
        String csrf = WebClient.csrfOf(first);

        HttpResponse<String> badPrice = tsr1.postMultipart(
                portal.url("/social/supplier/wizard/new"),
                general("59000,5", csrf),
                "image",
                "aid.png",
                SocialWorld.PNG);
        assertThat(badPrice.statusCode()).isEqualTo(400);
        assertThat(badPrice.body()).contains("используйте точку, например 25.7", "59000,5", "Слуховой аппарат");

        HttpResponse<String> created = tsr1.postMultipart(
                portal.url("/social/supplier/wizard/new"), general("59000", csrf), "image", "aid.png", SocialWorld.PNG);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/social/supplier/wizard/\\d+/technical");
        long id = Long.parseLong(location.split("/")[4]);
        String base = portal.url("/social/supplier/wizard/" + id + "/");

        HttpResponse<String> comma = tsr1.postForm(base + "technical", Map.of("c.gain", "25,7"), csrf);
        assertThat(comma.statusCode()).isEqualTo(400);
        assertThat(comma.body()).contains("используйте точку, например 25.7", "value=\"25,7\"");
        assertNext(tsr1.postForm(base + "technical", Map.of("c.gain", "25.7"), csrf), base + "operational");
        assertNext(tsr1.postForm(base + "operational", Map.of("c.warranty", "24"), csrf), base + "functional");
        assertNext(tsr1.postForm(base + "functional", Map.of("c.programs", "4"), csrf), base + "quality");

        HttpResponse<String> noDocument = tsr1.postForm(base + "quality", Map.of(), csrf);
        assertThat(noDocument.statusCode()).isEqualTo(400);
        assertThat(noDocument.body())
                .contains("Добавьте хотя бы один сертификат соответствия или декларацию о соответствии");
        byte[] pdf = SocialWorld.PDF.getBytes(StandardCharsets.UTF_8);
        assertNext(
                tsr1.postMultipart(
                        base + "quality",
                        Map.of(
                                "_csrf", csrf,
                                "kind", "CERTIFICATE",
                                "number", "KZ-1",
                                "issueDate", "2026-01-10",
                                "validUntil", "2029-01-10",
                                "issuer", "ОС"),
                        "file",
                        "cert.pdf",
                        pdf),
                base + "registration");
        HttpResponse<String> done = tsr1.postMultipart(
                base + "registration",
                Map.of("_csrf", csrf, "number", "Н-7", "date", "2026-02-01"),
                "file",
                "letter.pdf",
                pdf);
        assertThat(done.headers().firstValue("Location")).as(done.body()).hasValue("/social/supplier");
        assertThat(tsr1.get(portal.url("/social/supplier")).body())
                .contains("Готов к публикации", "Превью товара", "Создать копию", "Изменить", "Удалить");

        HttpResponse<String> preview = tsr1.get(base + "preview");
        assertThat(preview.body()).contains("Слуховой аппарат", "59000", "25.7", ADDRESS);

        HttpResponse<String> confirm = tsr1.postForm(base + "copy", Map.of(), csrf);
        assertThat(confirm.body()).contains("Создать копию товара «Слуховой аппарат»?", "Да");
        assertThat(lastProduct()).isEqualTo(id);
        assertNext(tsr1.postForm(base + "copy", Map.of("confirm", "yes"), csrf), portal.url("/social/supplier"));
        assertThat(tsr1.get(portal.url("/social/supplier")).body()).contains("Черновик");
        long copy = lastProduct();
        assertThat(copy).isNotEqualTo(id);
        assertNext(
                tsr1.postForm(
                        portal.url("/social/supplier/wizard/" + copy + "/delete"), Map.of("confirm", "yes"), csrf),
                portal.url("/social/supplier"));
        assertThat(lastProduct()).isEqualTo(id);
        assertThat(tsr1.get(portal.url("/social/supplier")).body()).doesNotContain("Черновик");

        tsr1.get(portal.url("/lang/kk"));
        assertThat(tsr1.get(base + "general").body())
                .contains("Негізгі мәліметтер", "Техникалық сипаттамалар", "Мемлекеттік тілдегі атауы");
        HttpResponse<String> kkComma = tsr1.postForm(base + "technical", Map.of("c.gain", "25,7"), csrf);
        assertThat(kkComma.statusCode()).isEqualTo(400);
        assertThat(kkComma.body()).contains("25.7", "Пайдалану сипаттамалары");
    }

    private Map<String, String> general(String price, String csrf) {
        return Map.of(
                "_csrf", csrf,
                "tsrTypeId", "hearing-battery",
                "nameRu", "Слуховой аппарат",
                "nameKk", "Есту аппараты",
                "descriptionRu", "Описание",
                "descriptionKk", "Сипаттама",
                "price", price,
                "stockQuantity", "12",
                "pickupAddress", ADDRESS);
    }

    private void assertNext(HttpResponse<String> answer, String next) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertThat(next).endsWith(location);
    }

    private long lastProduct() {
        return db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT max(id) FROM social_product");
                    ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    private WebClient supplier() throws Exception {
        return HttpLogin.onboardedSupplier(portal, TestKey.TSR1_AUTH, "г. Актобе");
    }
}

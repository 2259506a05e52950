package kz.qoltanba.portal.social.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
 * Product photos over HTTP: uploaded on the wizard's first tab (JPEG/PNG recognised from the bytes), shown as
 * images in «Превью товара», served to the owner with its content type and {@code nosniff}; a person without a
 * login gets 403, a recipient before publication 404.
 */
class ProductImagePagesIT {
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
    void whenThePhotoIsUploaded_thenThePreviewShowsIt_andOnlyThoseAllowedGetItsBytes() throws Exception {
        WebClient tsr1 = supplier();
        String csrf = WebClient.csrfOf(tsr1.get(portal.url("/social/supplier/wizard/new")));
        HttpResponse<String> created = tsr1.postMultipart(
                portal.url("/social/supplier/wizard/new"), general(csrf), "image", "aid.png", SocialWorld.PNG);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        long product = Long.parseLong(
                created.headers().firstValue("Location").orElseThrow().split("/")[4]);
        long image = firstImage(product);
        String url = portal.url("/social/products/" + product + "/images/" + image);

        assertThat(tsr1.get(portal.url("/social/supplier/wizard/" + product + "/preview"))
                        .body())
                .contains("<img class=\"qs-product-image\" src=\"/social/products/" + product + "/images/" + image
                        + "\"");
        HttpResponse<String> served = tsr1.get(url, "image/*");
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(served.body()).startsWith("\uFFFDPNG");

        assertThat(new WebClient().get(url).statusCode()).isEqualTo(403);
        WebClient recipient = new WebClient();
        HttpLogin.login(portal, recipient, "recipient", TestKey.TSR1_IND_AUTH);
        assertThat(recipient.get(url).statusCode()).isEqualTo(404);
        assertThat(tsr1.get(portal.url("/social/products/" + product + "/images/" + (image + 1000)))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void whenThePhotoIsNotAJpegOrPng_orEmpty_thenTheWizardSaysSoAndKeepsWhatWasTyped() throws Exception {
        WebClient tsr1 = supplier();
        String csrf = WebClient.csrfOf(tsr1.get(portal.url("/social/supplier/wizard/new")));

        HttpResponse<String> text = tsr1.postMultipart(
                portal.url("/social/supplier/wizard/new"),
                general(csrf),
                "image",
                "photo.png",
                "GIF89a not really".getBytes());
        HttpResponse<String> empty = tsr1.postMultipart(
                portal.url("/social/supplier/wizard/new"), general(csrf), "image", "empty.jpg", new byte[0]);

        assertThat(text.statusCode()).isEqualTo(400);
        assertThat(text.body())
                .contains("Файл «photo.png» имеет недопустимый формат: нужен JPEG или PNG", "Слуховой аппарат");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Файл «empty.jpg» пуст");
        assertThat(count()).isZero();
    }

    private Map<String, String> general(String csrf) {
        return Map.of(
                "_csrf", csrf,
                "tsrTypeId", "hearing-battery",
                "nameRu", "Слуховой аппарат",
                "nameKk", "Есту аппараты",
                "descriptionRu", "Описание",
                "descriptionKk", "Сипаттама",
                "price", "59000",
                "stockQuantity", "12",
                "pickupAddress", ADDRESS);
    }

    private long firstImage(long product) {
        return db.inTransaction(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("SELECT image_file_ids[1] FROM social_product WHERE id = ?")) {
                s.setLong(1, product);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }

    private long count() {
        return db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM social_product");
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

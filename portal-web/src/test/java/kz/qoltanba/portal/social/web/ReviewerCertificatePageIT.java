package kz.qoltanba.portal.social.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.db.TestDatabase;
import kz.qoltanba.portal.e2e.PortalUnderTest;
import kz.qoltanba.portal.signing.DevCertificates;
import kz.qoltanba.portal.signing.DevHolder;
import kz.qoltanba.portal.social.SocialWorld;
import kz.qoltanba.portal.testutil.MutableClock;
import kz.qoltanba.portal.testutil.TestPki;
import kz.qoltanba.portal.web.WebClient;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.cert.KeyPurpose;
import kz.qoltanba.signing.token.KeyEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * L2 step 4 when the same reviewer (same ИИН and БИН) is logged in twice, in two browsers or with a renewed
 * certificate: each session's «Данные ЭЦП» page shows the certificate that session logged in with, and a session
 * that has not remembered its login signature shows nobody's.
 */
class ReviewerCertificatePageIT {
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(ZoneId.of("Asia/Almaty"));
    private static final String PAGE = "/social/go/certificate";

    private final PortalDatabase db = TestDatabase.fresh();
    private PortalUnderTest portal;

    @BeforeEach
    void start() {
        portal = PortalUnderTest.start(db, MutableClock.startingNow(), TestPki.get(), PortalUnderTest.options());
        db.inTransaction(c -> {
            FiledApplications.provisionReviewer(c);
            return null;
        });
    }

    @AfterEach
    void stop() throws Exception {
        portal.close();
        db.close();
    }

    @Test
    void whenTheSameReviewerLogsInWithTwoCertificatesInTwoSessions_thenEachPageShowsItsOwnCertificate()
            throws Exception {
        KeyEntry older = reviewerKey(Duration.ofDays(40));
        KeyEntry renewed = reviewerKey(Duration.ZERO);
        WebClient first = loggedIn(older);
        WebClient second = loggedIn(renewed);

        assertThat(storedLoginSerials())
                .as("each session remembers the login signature it stored")
                .containsExactlyInAnyOrder(serialOf(older), serialOf(renewed));
        String firstPage = certificatePage(first);
        assertThat(firstPage).contains(validity(older)).doesNotContain(validity(renewed));
        String secondPage = certificatePage(second);
        assertThat(secondPage).contains(validity(renewed)).doesNotContain(validity(older));

        assertThat(first.get(portal.url("/lang/kk")).statusCode()).isEqualTo(302);
        assertThat(certificatePage(first))
                .as("a language switch keeps the session's login")
                .contains(validity(older));
    }

    @Test
    void whenASessionHasNoStoredLoginSignature_thenItsPageShowsNoOtherSessionsCertificate() throws Exception {
        KeyEntry older = reviewerKey(Duration.ofDays(40));
        KeyEntry renewed = reviewerKey(Duration.ZERO);
        WebClient before = loggedIn(older);
        forgetStoredLogins();
        WebClient after = loggedIn(renewed);

        HttpResponse<String> page = before.get(portal.url(PAGE));
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValue("/social/go");
        assertThat(page.body()).doesNotContain(validity(renewed), validity(older));
        assertThat(before.get(portal.url("/social/go")).statusCode()).isEqualTo(200);
        assertThat(certificatePage(after)).contains(validity(renewed));
    }

    @Test
    void whenOneSessionLogsOut_thenItsLoginIsForgottenAndTheOtherKeepsItsOwn() throws Exception {
        KeyEntry older = reviewerKey(Duration.ofDays(40));
        KeyEntry renewed = reviewerKey(Duration.ZERO);
        WebClient first = loggedIn(older);
        WebClient second = loggedIn(renewed);

        String csrf = WebClient.csrfOf(first.get(portal.url("/social/go")));
        assertThat(first.postForm(portal.url("/logout"), Map.of(), csrf).statusCode())
                .isEqualTo(302);

        assertThat(storedLoginSerials()).containsExactly(serialOf(renewed));
        assertThat(first.get(portal.url(PAGE)).statusCode()).isEqualTo(403);
        assertThat(certificatePage(second)).contains(validity(renewed));
    }

    /** An AUTH key of Иванова Мария (Astana УКЗиСП) issued {@code ago} before now. */
    private static KeyEntry reviewerKey(Duration ago) throws Exception {
        return DevCertificates.issue(
                TestPki.get().pki(),
                KeyAlgorithm.RSA,
                DevHolder.employee(
                        "ИВАНОВА",
                        "МАРИЯ",
                        "ПЕТРОВНА",
                        FiledApplications.REVIEWER_IIN,
                        "УКЗИСП Г. АСТАНЫ",
                        SocialWorld.UKZ_AST),
                KeyPurpose.AUTH,
                Clock.offset(Clock.systemUTC(), ago.negated()),
                new SecureRandom());
    }

    private WebClient loggedIn(KeyEntry key) throws Exception {
        WebClient client = new WebClient();
        JsonNode login = client.certificateLogin(portal.url("/login/reviewer"), key);
        assertThat(login.path("redirect").asText()).as(login.toString()).isEqualTo(PAGE);
        return client;
    }

    private String certificatePage(WebClient client) throws Exception {
        HttpResponse<String> page = client.get(portal.url(PAGE));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(FiledApplications.REVIEWER_IIN, SocialWorld.UKZ_AST);
        return page.body();
    }

    private static String validity(KeyEntry key) {
        X509Certificate certificate = key.certificate();
        return DAY.format(certificate.getNotBefore().toInstant()) + " — "
                + DAY.format(certificate.getNotAfter().toInstant());
    }

    private static String serialOf(KeyEntry key) {
        return key.certificate().getSerialNumber().toString(16);
    }

    /** The signer serials of the login signatures the stored sessions point at. */
    private List<String> storedLoginSerials() {
        return db.inTransaction(c -> {
            List<String> serials = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT d.signer_serial FROM web_session w"
                            + " JOIN signed_document d ON d.id = w.login_document_id");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    serials.add(r.getString(1));
                }
            }
            return serials;
        });
    }

    /** Makes every stored session look like one begun before sessions remembered their login. */
    private void forgetStoredLogins() {
        db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE web_session SET login_document_id = NULL")) {
                s.executeUpdate();
            }
            return null;
        });
    }
}

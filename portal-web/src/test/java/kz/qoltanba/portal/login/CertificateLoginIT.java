package kz.qoltanba.portal.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.db.TestDatabase;
import kz.qoltanba.portal.e2e.PortalUnderTest;
import kz.qoltanba.portal.testutil.MutableClock;
import kz.qoltanba.portal.testutil.TestAccounts;
import kz.qoltanba.portal.testutil.TestKey;
import kz.qoltanba.portal.testutil.TestPki;
import kz.qoltanba.portal.testutil.TestSignatures;
import kz.qoltanba.portal.web.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Certificate login over HTTP, the challenges signed directly with signing-core (no bridge). */
class CertificateLoginIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static PortalDatabase db;
    private static TestPki pki;
    private static MutableClock clock;
    private static PortalUnderTest portal;

    @BeforeAll
    static void start() {
        db = TestDatabase.fresh();
        pki = TestPki.get();
        clock = MutableClock.startingNow();
        portal = PortalUnderTest.start(
                db,
                clock,
                pki,
                PortalUnderTest.options().services(b -> b.with(AccountDirectory.class, new TestAccounts())));
    }

    @AfterAll
    static void stop() throws Exception {
        portal.close();
        db.close();
    }

    /** A browser's session on the login page of {@code area}. */
    private static final class Attempt {
        final WebClient client = new WebClient();
        final String area;
        String csrf;
        JsonNode challenge;

        Attempt(String area) throws Exception {
            this.area = area;
            HttpResponse<String> page = client.get(portal.url("/login/" + area));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Выберите ЭЦП").contains("data-qs-sign");
            csrf = WebClient.csrfOf(page);
            HttpResponse<String> issued = client.postJson(portal.url("/login/" + area + "/challenge"), "{}", csrf);
            assertThat(issued.statusCode()).isEqualTo(200);
            challenge = JSON.readTree(issued.body());
        }

        String xml() {
            return challenge.path("data").asText();
        }

        JsonNode answer(String signed) throws Exception {
            String body = JSON.writeValueAsString(
                    Map.of("requestId", challenge.path("id").asText(), "signed", signed));
            HttpResponse<String> response = client.postJson(portal.url("/login/" + area + "/complete"), body, csrf);
            assertThat(response.statusCode()).isEqualTo(200);
            return JSON.readTree(response.body());
        }

        JsonNode signWith(TestKey key) throws Exception {
            return answer(TestSignatures.signXml(xml(), pki.key(key)));
        }
    }

    @Test
    void whenSupplierSignsTheChallengeWithTheOrganisationsAuthKey_thenLoggedInWithNameAndBin() throws Exception {
        Attempt attempt = new Attempt("supplier");
        assertThat(attempt.xml())
                .startsWith("<portalLogin xmlns=\"urn:portal-web:auth:1\"><nonce>")
                .contains("<origin>" + portal.origin() + "</origin><area>SOCIAL</area>");
        assertThat(attempt.challenge.path("keyType").asText()).isEqualTo("AUTHENTICATION");
        assertThat(attempt.challenge.path("extKeyUsageOids").toString())
                .contains("1.3.6.1.5.5.7.3.2")
                .contains("1.2.398.3.3.4.1.2");
        String before = attempt.client.cookie("QSESSION");

        JsonNode result = attempt.signWith(TestKey.TSR1_AUTH);

        assertThat(result.path("ok").asBoolean()).as(result.toString()).isTrue();
        assertThat(result.path("redirect").asText()).isEqualTo("/");
        assertThat(attempt.client.cookie("QSESSION")).isNotEqualTo(before);
        assertThat(attempt.client.get(portal.url("/")).body())
                .contains("АХМЕТОВ ЕРЛАН")
                .contains("180540012345");
    }

    @Test
    void whenTheSameSignedChallengeIsPostedAgain_thenRefusedAsReplay() throws Exception {
        Attempt attempt = new Attempt("supplier");
        String signed = TestSignatures.signXml(attempt.xml(), pki.key(TestKey.TSR1_AUTH));
        assertThat(attempt.answer(signed).path("ok").asBoolean()).isTrue();
        attempt.csrf = WebClient.csrfOf(attempt.client.get(portal.url("/")));

        JsonNode replay = attempt.answer(signed);

        assertThat(replay.path("ok").asBoolean()).isFalse();
        assertThat(replay.path("message").asText()).contains("уже использован");
        assertThat(replay.path("code").asText()).isEqualTo("SIGN_REQUEST_INVALID");
    }

    @Test
    void whenAnIndividualKeyIsUsedForSupplierLogin_thenTheLegalEntityEdsIsRequired() throws Exception {
        JsonNode result = new Attempt("supplier").signWith(TestKey.TSR1_IND_AUTH);

        assertThat(result.path("ok").asBoolean()).isFalse();
        assertThat(result.path("message").asText())
                .isEqualTo(
                        "Для работы на портале в качестве поставщика обязательно используйте ЭЦП юридического лица.");
    }

    @Test
    void whenASigningKeyIsUsedToLogIn_thenTheAuthKeyIsRequired() throws Exception {
        JsonNode result = new Attempt("supplier").signWith(TestKey.TSR1_SIGN);

        assertThat(result.path("ok").asBoolean()).isFalse();
        assertThat(result.path("message").asText()).contains("авторизационный ключ");
    }

    @Test
    void whenTheChallengeIsOlderThanFiveMinutes_thenRefusedAsExpired() throws Exception {
        Attempt attempt = new Attempt("supplier");
        String signed = TestSignatures.signXml(attempt.xml(), pki.key(TestKey.TSR1_AUTH));
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        try {
            JsonNode result = attempt.answer(signed);

            assertThat(result.path("ok").asBoolean()).isFalse();
            assertThat(result.path("message").asText()).contains("Время на вход истекло");
        } finally {
            clock.advance(Duration.ofMinutes(-5).minusSeconds(1));
        }
    }

    @Test
    void whenTheSignedChallengeNamesAnotherOrigin_thenRefused() throws Exception {
        Attempt attempt = new Attempt("supplier");
        String forged = attempt.xml().replace(portal.origin(), "https://evil.example");

        JsonNode result = attempt.answer(TestSignatures.signXml(forged, pki.key(TestKey.TSR1_AUTH)));

        assertThat(result.path("ok").asBoolean()).isFalse();
        assertThat(result.path("message").asText()).contains("другого сайта");
    }

    @Test
    void whenARecipientUsesAnOrganisationsKey_thenAnIndividualsKeyIsRequired() throws Exception {
        JsonNode result = new Attempt("recipient").signWith(TestKey.GSP1_AUTH);

        assertThat(result.path("ok").asBoolean()).isFalse();
        assertThat(result.path("message").asText()).contains("физического лица");
    }

    @Test
    void whenTheAreaKnowsNoAccount_thenRefusedWithItsText() throws Exception {
        JsonNode result = new Attempt("reviewer").signWith(TestKey.GSP1_AUTH);

        assertThat(result.path("ok").asBoolean()).isFalse();
        assertThat(result.path("message").asText()).contains("Учётная запись");
    }

    @Test
    void whenTheAnswerComesWithoutTheCsrfToken_thenForbidden() throws Exception {
        Attempt attempt = new Attempt("supplier");
        String body = JSON.writeValueAsString(
                Map.of("requestId", attempt.challenge.path("id").asText(), "signed", "x"));

        HttpResponse<String> response = attempt.client.postJson(portal.url("/login/supplier/complete"), body, null);

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void whenTheAreaIsUnknown_thenNotFound() throws Exception {
        assertThat(new WebClient().get(portal.url("/login/nobody")).statusCode())
                .isEqualTo(404);
    }
}

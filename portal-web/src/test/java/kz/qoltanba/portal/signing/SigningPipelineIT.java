package kz.qoltanba.portal.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.db.TestDatabase;
import kz.qoltanba.portal.testutil.MutableClock;
import kz.qoltanba.portal.testutil.TestKey;
import kz.qoltanba.portal.testutil.TestPki;
import kz.qoltanba.portal.testutil.TestSignatures;
import kz.qoltanba.signing.cert.KeyPurpose;
import kz.qoltanba.signing.xml.XmlSignOptions;
import kz.qoltanba.signing.xml.XmlSigner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SigningPipelineIT {
    private static final String ORIGIN = "http://127.0.0.1:8080";
    private static final String SESSION = "session-1";
    private static final SignerRule TSR1_LEGAL = SignerRule.legalSignature("180540012345", "850101300111");

    private static PortalDatabase db;
    private static TestPki pki;
    private static MutableClock clock;
    private static SigningPipeline pipeline;

    @BeforeAll
    static void start() {
        db = TestDatabase.fresh();
        pki = TestPki.get();
        clock = MutableClock.startingNow();
        pipeline = SigningPipeline.create(pki.settings(ORIGIN), clock);
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    private static IssuedRequest issueEnvelope(SignerRule rule, long version) {
        SignedAction action =
                new SignedAction("TSR_APPLICATION_SUBMIT", "registry_application", "app-1", version, rule);
        return db.inTransaction(c -> pipeline.issue(
                c,
                SESSION,
                action,
                SignContent.json(Map.of("kind", "INCLUSION", "products", java.util.List.of(1, 2)))));
    }

    private static IssuedRequest issueLogin(SignerRule rule) {
        String xml = "<portalLogin xmlns=\"urn:portal-web:auth:1\"><nonce>abc</nonce><origin>" + ORIGIN
                + "</origin><area>SOCIAL</area></portalLogin>";
        SignedAction action = new SignedAction("LOGIN", "login", "supplier", 1, rule);
        return db.inTransaction(c -> pipeline.issue(c, SESSION, action, SignContent.xml(xml)));
    }

    /** The code of the refusal, or "OK:<document id>" when accepted. */
    private static String complete(UUID id, String session, String signed, long version) {
        return db.inTransaction(c -> {
            try {
                return "OK:"
                        + pipeline.complete(c, id, session, signed, version).documentId();
            } catch (SignatureRejectedException e) {
                return e.code();
            }
        });
    }

    private static String signAndComplete(IssuedRequest request, TestKey key) {
        return complete(request.id(), SESSION, TestSignatures.sign(request, pki.key(key)), 1);
    }

    @Test
    void whenOrganisationSignsTheIssuedEnvelope_thenTheDocumentIsStoredWithItsSigner() throws Exception {
        IssuedRequest request = issueEnvelope(TSR1_LEGAL, 1);
        assertThat(request.format()).isEqualTo("cms");

        String result = signAndComplete(request, TestKey.TSR1_SIGN);

        assertThat(result).startsWith("OK:");
        long id = Long.parseLong(result.substring(3));
        SignedDocument document =
                db.inTransaction(c -> pipeline.documents().find(c, id)).orElseThrow();
        assertThat(document.signer().bin()).isEqualTo("180540012345");
        assertThat(document.signer().iin()).isEqualTo("850101300111");
        assertThat(document.signer().subjectKind()).isEqualTo(SubjectKind.LEGAL);
        assertThat(document.signer().serial())
                .isEqualTo(pki.key(TestKey.TSR1_SIGN)
                        .certificate()
                        .getSerialNumber()
                        .toString(16));
        assertThat(document.content()).isEqualTo(Base64.getDecoder().decode(request.data()));
        assertThat(document.reportJson()).contains("TOTAL_PASSED");
        assertThat(document.objectId()).isEqualTo("app-1");
    }

    @Test
    void whenEnvelopeIsIssued_thenItIsCanonicalJsonBoundToActionObjectVersionAndOrigin() {
        IssuedRequest request = issueEnvelope(TSR1_LEGAL, 7);
        String json = new String(Base64.getDecoder().decode(request.data()), StandardCharsets.UTF_8);

        assertThat(json)
                .startsWith("{\"action\":\"TSR_APPLICATION_SUBMIT\",\"attachments\":[],\"docId\":\"app-1\","
                        + "\"docType\":\"REGISTRY_APPLICATION\",\"issuedAt\":")
                .containsPattern("\"nonce\":\"[A-Za-z0-9_-]{43}\"")
                .contains("\"schema\":\"portal-web/sign-envelope/1\"")
                .contains("\"objectId\":\"app-1\",\"objectType\":\"registry_application\",\"objectVersion\":7")
                .contains("\"origin\":\"" + ORIGIN + "\"")
                .contains("\"payload\":{\"kind\":\"INCLUSION\",\"products\":[1,2]}")
                .contains("\"requestId\":\"" + request.id() + "\"")
                .doesNotContain(" ");
    }

    @Test
    void whenLoginChallengeIsSignedWithAnAuthKey_thenAccepted() {
        IssuedRequest request = issueLogin(new SignerRule(KeyPurpose.AUTH, SubjectKind.LEGAL, null, null));
        assertThat(request.format()).isEqualTo("xml");

        assertThat(signAndComplete(request, TestKey.TSR1_AUTH)).startsWith("OK:");
    }

    @Test
    void whenLoginChallengeIsSignedWithASigningKey_thenWrongKeyType() {
        IssuedRequest request = issueLogin(new SignerRule(KeyPurpose.AUTH, SubjectKind.LEGAL, null, null));

        assertThat(signAndComplete(request, TestKey.TSR1_SIGN)).isEqualTo("CERT_WRONG_KEY_TYPE");
    }

    @Test
    void whenDocumentIsSignedWithTheAuthKey_thenWrongKeyType() {
        assertThat(signAndComplete(issueEnvelope(TSR1_LEGAL, 1), TestKey.TSR1_AUTH))
                .isEqualTo("CERT_WRONG_KEY_TYPE");
    }

    @Test
    void whenLegalEntityIsRequiredAndTheIndividualKeyOfTheSamePersonSigns_thenNotLegalEntity() {
        assertThat(signAndComplete(issueEnvelope(TSR1_LEGAL, 1), TestKey.TSR1_IND_SIGN))
                .isEqualTo("CERT_NOT_LEGAL_ENTITY");
    }

    @Test
    void whenTheSamePersonSignsForAnotherOrganisation_thenBinMismatch() {
        assertThat(signAndComplete(issueEnvelope(TSR1_LEGAL, 1), TestKey.TSR1_ALT_SIGN))
                .isEqualTo("CERT_BIN_MISMATCH");
    }

    @Test
    void whenAnotherOrganisationsPersonSigns_thenBinIsCheckedBeforeIin() {
        assertThat(signAndComplete(issueEnvelope(TSR1_LEGAL, 1), TestKey.GSP1_SIGN))
                .isEqualTo("CERT_BIN_MISMATCH");
    }

    @Test
    void whenAnotherPersonOfTheOrganisationSigns_thenIinMismatch() {
        SignerRule rule = SignerRule.legalSignature("190640023456", "850101300111");

        assertThat(signAndComplete(issueEnvelope(rule, 1), TestKey.GSP1_SIGN)).isEqualTo("CERT_IIN_MISMATCH");
    }

    @Test
    void whenIndividualIsRequiredAndALegalKeySigns_thenNotIndividual() {
        assertThat(signAndComplete(issueEnvelope(SignerRule.individualSignature(null), 1), TestKey.TSR1_SIGN))
                .isEqualTo("CERT_NOT_INDIVIDUAL");
    }

    @Test
    void whenTheCertificateIsRevoked_thenRevoked() {
        assertThat(signAndComplete(issueEnvelope(SignerRule.individualSignature(null), 1), TestKey.REVOKED))
                .isEqualTo("CERT_REVOKED");
    }

    @Test
    void whenTheCertificateHasExpired_thenExpired() {
        assertThat(signAndComplete(issueEnvelope(SignerRule.individualSignature(null), 1), TestKey.EXPIRED))
                .isEqualTo("CERT_EXPIRED");
    }

    @Test
    void whenTheCertificateIsFromAnUnknownRoot_thenUntrusted() {
        assertThat(signAndComplete(issueEnvelope(SignerRule.individualSignature(null), 1), TestKey.UNTRUSTED))
                .isEqualTo("CERT_UNTRUSTED");
    }

    @Test
    void whenACompletedRequestIsReplayed_thenRequestInvalid() {
        IssuedRequest request = issueEnvelope(TSR1_LEGAL, 1);
        String signed = TestSignatures.sign(request, pki.key(TestKey.TSR1_SIGN));
        assertThat(complete(request.id(), SESSION, signed, 1)).startsWith("OK:");

        assertThat(complete(request.id(), SESSION, signed, 1)).isEqualTo("SIGN_REQUEST_INVALID");
    }

    @Test
    void whenASignatureIsPostedToAnotherRequest_thenContentMismatch() {
        IssuedRequest first = issueEnvelope(TSR1_LEGAL, 1);
        IssuedRequest second = issueEnvelope(TSR1_LEGAL, 1);
        String signedFirst = TestSignatures.sign(first, pki.key(TestKey.TSR1_SIGN));

        assertThat(complete(second.id(), SESSION, signedFirst, 1)).isEqualTo("SIG_CONTENT_MISMATCH");
    }

    @Test
    void whenTheSignedContentDiffersByOneByte_thenContentMismatch() {
        IssuedRequest request = issueEnvelope(TSR1_LEGAL, 1);
        byte[] altered = Base64.getDecoder().decode(request.data());
        altered[altered.length - 2] ^= 1;
        String signed = TestSignatures.signCms(altered, pki.key(TestKey.TSR1_SIGN));

        assertThat(complete(request.id(), SESSION, signed, 1)).isEqualTo("SIG_CONTENT_MISMATCH");
    }

    @Test
    void whenTheSignedXmlIsChangedAfterSigning_thenRefused() {
        IssuedRequest request = issueLogin(new SignerRule(KeyPurpose.AUTH, SubjectKind.LEGAL, null, null));
        String signed = TestSignatures.sign(request, pki.key(TestKey.TSR1_AUTH)).replace(">abc<", ">abd<");

        assertThat(complete(request.id(), SESSION, signed, 1)).isEqualTo("SIG_CONTENT_MISMATCH");
    }

    @Test
    void whenTheXmlSignatureCoversOnlyPartOfTheDocument_thenContentMismatch() throws Exception {
        IssuedRequest request = issueLogin(new SignerRule(KeyPurpose.AUTH, SubjectKind.LEGAL, null, null));
        String partial = XmlSigner.create()
                .signToString(
                        request.data().getBytes(StandardCharsets.UTF_8),
                        pki.key(TestKey.TSR1_AUTH),
                        XmlSignOptions.byXPath("//*[local-name()='nonce']"));

        assertThat(complete(request.id(), SESSION, partial, 1)).isEqualTo("SIG_CONTENT_MISMATCH");
    }

    @Test
    void whenTheRequestHasExpired_thenRequestInvalid() {
        IssuedRequest request = issueEnvelope(TSR1_LEGAL, 1);
        String signed = TestSignatures.sign(request, pki.key(TestKey.TSR1_SIGN));
        clock.advance(Duration.ofMinutes(11));
        try {
            assertThat(complete(request.id(), SESSION, signed, 1)).isEqualTo("SIGN_REQUEST_INVALID");
        } finally {
            clock.advance(Duration.ofMinutes(-11));
        }
    }

    @Test
    void whenAnotherSessionCompletes_thenRequestInvalid() {
        IssuedRequest request = issueEnvelope(TSR1_LEGAL, 1);
        String signed = TestSignatures.sign(request, pki.key(TestKey.TSR1_SIGN));

        assertThat(complete(request.id(), "session-2", signed, 1)).isEqualTo("SIGN_REQUEST_INVALID");
    }

    @Test
    void whenTheObjectChangedSinceTheRequest_thenStateChangedAndNothingStored() {
        IssuedRequest request = issueEnvelope(TSR1_LEGAL, 1);
        String signed = TestSignatures.sign(request, pki.key(TestKey.TSR1_SIGN));

        assertThat(complete(request.id(), SESSION, signed, 2)).isEqualTo("STATE_CHANGED");
        assertThat(documentsFor(request.id())).isZero();
    }

    @Test
    void whenARefusedRequestIsCompletedCorrectlyLater_thenAccepted() {
        IssuedRequest request = issueEnvelope(TSR1_LEGAL, 1);
        assertThat(signAndComplete(request, TestKey.GSP1_SIGN)).isEqualTo("CERT_BIN_MISMATCH");

        assertThat(signAndComplete(request, TestKey.TSR1_SIGN)).startsWith("OK:");
        assertThat(documentsFor(request.id())).isEqualTo(1);
    }

    @Test
    void whenGostIsRequiredForLegalEntities_thenRsaIsRefusedAndGostAccepted() {
        SigningPipeline strict = SigningPipeline.create(
                pki.settings(ORIGIN).withLegalEntityAlgorithm(SigningSettings.AlgorithmRule.GOST), clock);
        SignedAction action = new SignedAction("SUBMIT", "registry_application", "app-2", 1, TSR1_LEGAL);
        IssuedRequest rsa = db.inTransaction(c -> strict.issue(c, SESSION, action, SignContent.json(Map.of())));
        IssuedRequest gost = db.inTransaction(c -> strict.issue(c, SESSION, action, SignContent.json(Map.of())));

        String rsaResult = db.inTransaction(c -> {
            try {
                strict.complete(c, rsa.id(), SESSION, TestSignatures.sign(rsa, pki.key(TestKey.TSR1_SIGN)), 1);
                return "OK";
            } catch (SignatureRejectedException e) {
                return e.code();
            }
        });
        String gostResult = db.inTransaction(c -> {
            try {
                return strict.complete(
                                c, gost.id(), SESSION, TestSignatures.sign(gost, pki.key(TestKey.TSR1_SIGN_GOST)), 1)
                        .signer()
                        .bin();
            } catch (SignatureRejectedException e) {
                return e.code();
            }
        });

        assertThat(rsaResult).isEqualTo("SIG_ALGORITHM_NOT_ALLOWED");
        assertThat(gostResult).isEqualTo("180540012345");
    }

    @Test
    void whenATimestampIsRequired_thenAPlainCmsIsRefusedAndATimestampedOneAcceptedWithItsTime() {
        SigningPipeline strict = SigningPipeline.create(pki.settings(ORIGIN).withTimestampRequired(true), clock);
        SignedAction action = new SignedAction("SUBMIT", "registry_application", "app-3", 1, TSR1_LEGAL);
        IssuedRequest plain = db.inTransaction(c -> strict.issue(c, SESSION, action, SignContent.json(Map.of())));
        IssuedRequest stamped = db.inTransaction(c -> strict.issue(c, SESSION, action, SignContent.json(Map.of())));
        String plainSignature = TestSignatures.sign(plain, pki.key(TestKey.TSR1_SIGN));
        String stampedSignature = TestSignatures.signCmsWithTimestamp(
                Base64.getDecoder().decode(stamped.data()), pki.key(TestKey.TSR1_SIGN));

        String plainResult = db.inTransaction(c -> {
            try {
                strict.complete(c, plain.id(), SESSION, plainSignature, 1);
                return "OK";
            } catch (SignatureRejectedException e) {
                return e.code();
            }
        });
        SignedDocument document = db.inTransaction(c -> {
            try {
                long id = strict.complete(c, stamped.id(), SESSION, stampedSignature, 1)
                        .documentId();
                return strict.documents().find(c, id).orElseThrow();
            } catch (SignatureRejectedException e) {
                throw new AssertionError(e.getMessage(), e);
            }
        });

        assertThat(plainResult).isEqualTo("TSP_MISSING");
        assertThat(document.timestampTime()).isPresent();
    }

    @Test
    void whenTheXmlToSignHasADoctype_thenItIsNotIssued() {
        SignedAction action = new SignedAction("LOGIN", "login", "supplier", 1, TSR1_LEGAL);
        String xml = "<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>";

        assertThatThrownBy(() -> db.inTransaction(c -> pipeline.issue(c, SESSION, action, SignContent.xml(xml))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("xml:");
    }

    @Test
    void whenNotBase64_thenSignatureInvalid() {
        IssuedRequest request = issueEnvelope(TSR1_LEGAL, 1);

        assertThat(complete(request.id(), SESSION, "not a signature!", 1)).isEqualTo("SIG_INVALID");
    }

    private static int documentsFor(UUID requestId) {
        return db.inTransaction(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("SELECT count(*) FROM signed_document WHERE request_id = ?")) {
                s.setObject(1, requestId);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getInt(1);
                }
            }
        });
    }
}

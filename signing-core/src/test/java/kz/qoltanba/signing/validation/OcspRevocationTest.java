package kz.qoltanba.signing.validation;

import static kz.qoltanba.signing.validation.ValidationPki.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Revocation through OCSP: every property of the answer is checked before it is believed. */
class OcspRevocationTest {
    private static ValidationPki pki;
    private static X509Certificate leaf;
    private static KeyPair responderKey;
    private static X509Certificate responder;
    private static X509Certificate responderWithoutEku;
    private static X509Certificate strangerResponder;
    private static byte[] cms;

    private FakeRevocationServer server;

    @BeforeAll
    static void createPki() throws Exception {
        pki = new ValidationPki();
        leaf = pki.issueByRoot("CN=Signer,SERIALNUMBER=IIN123456789011,C=KZ", pki.leafKey, ValidationPki.signing());
        responderKey = ValidationPki.rsa();
        responder = pki.issueByRoot("CN=OCSP Responder,C=KZ", responderKey, ValidationPki.responder(true));
        responderWithoutEku = pki.issueByRoot("CN=Not A Responder,C=KZ", responderKey, ValidationPki.responder(false));
        strangerResponder = pki.issue(
                "CN=OCSP Responder,C=KZ",
                responderKey,
                ValidationPki.nameOf(pki.strangerRoot),
                pki.strangerKey,
                ValidationPki.responder(true));
        cms = ValidationPki.sign(
                        "hello".getBytes(StandardCharsets.UTF_8), pki.leafKey, leaf, NOW.minusSeconds(600), true)
                .getEncoded();
    }

    @BeforeEach
    void newServer() {
        server = new FakeRevocationServer(responderKey, responder);
    }

    private ValidationReport verify(RevocationPolicy policy) throws Exception {
        return verify(options(policy).build());
    }

    private ValidationReport verify(VerificationOptions options) throws Exception {
        return CmsVerifier.create(server, new SecureRandom(), Duration.ofMinutes(10))
                .verify(cms, Optional.empty(), options);
    }

    private static VerificationOptions.Builder options(RevocationPolicy policy) {
        return VerificationOptions.builder()
                .trustAnchor(pki.root)
                .revocationPolicy(policy)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static CheckResult revocation(ValidationReport report) {
        return report.signers().get(0).check(CheckName.REVOCATION);
    }

    @Test
    void whenResponderSaysGood_thenTotalPassed() throws Exception {
        ValidationReport report = verify(RevocationPolicy.HARD);

        assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(report.subIndication()).isEmpty();
        assertThat(revocation(report).outcome()).isEqualTo(Outcome.PASSED);
        assertThat(report.signers().get(0).chain()).containsExactly(leaf, pki.root);
        assertThat(report.toJson()).contains("\"indication\":\"TOTAL_PASSED\"").contains("\"name\":\"REVOCATION\"");
        assertThat(server.ocspRequests).isEqualTo(1);
    }

    @Test
    void whenResponderSaysRevokedBeforeSigningTime_thenRevoked() throws Exception {
        server.statuses.put(
                leaf.getSerialNumber(), new RevokedStatus(Date.from(NOW.minusSeconds(3600)), CRLReason.keyCompromise));

        ValidationReport report = verify(RevocationPolicy.HARD);

        assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(report.subIndication()).contains(SubIndication.REVOKED);
        assertThat(revocation(report).outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void whenResponderSaysUnknown_thenRevocationUnavailableEvenUnderSoft() throws Exception {
        server.statuses.put(leaf.getSerialNumber(), new UnknownStatus());

        ValidationReport report = verify(RevocationPolicy.SOFT);

        assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(report.subIndication()).contains(SubIndication.REVOCATION_UNAVAILABLE);
        assertThat(revocation(report).reason()).contains("status unknown");
    }

    @Test
    void whenResponseIsSignedByAStrangersResponder_thenItIsNotBelieved() throws Exception {
        server.signerCertificate = strangerResponder;
        server.statuses.put(leaf.getSerialNumber(), org.bouncycastle.cert.ocsp.CertificateStatus.GOOD);

        ValidationReport report = verify(RevocationPolicy.HARD);

        assertThat(report.subIndication()).contains(SubIndication.REVOCATION_UNAVAILABLE);
        assertThat(revocation(report).outcome()).isEqualTo(Outcome.NOT_CHECKED);
        assertThat(revocation(report).reason()).contains("not issued by the CA");
    }

    @Test
    void whenResponseSignatureIsMadeWithAnotherKey_thenItIsNotBelieved() throws Exception {
        server.signerKey = pki.strangerKey; // still presents the genuine responder certificate

        ValidationReport report = verify(RevocationPolicy.HARD);

        assertThat(report.subIndication()).contains(SubIndication.REVOCATION_UNAVAILABLE);
        assertThat(revocation(report).reason()).contains("signature does not verify");
    }

    @Test
    void whenDelegatedResponderLacksOcspSigning_thenItIsNotAuthorised() throws Exception {
        server.signerCertificate = responderWithoutEku;

        ValidationReport report = verify(RevocationPolicy.HARD);

        assertThat(report.subIndication()).contains(SubIndication.REVOCATION_UNAVAILABLE);
        assertThat(revocation(report).reason()).contains("lacks id-kp-OCSPSigning");
    }

    @Test
    void whenTheCaSignsTheResponseItself_thenItIsBelieved() throws Exception {
        server.signerKey = pki.rootKey;
        server.signerCertificate = pki.root;

        assertThat(verify(RevocationPolicy.HARD).indication()).isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void whenResponseIsStale_thenRevocationUnavailable() throws Exception {
        server.thisUpdate = NOW.minus(Duration.ofDays(3));
        server.nextUpdate = NOW.minus(Duration.ofDays(2));

        ValidationReport report = verify(RevocationPolicy.HARD);

        assertThat(report.subIndication()).contains(SubIndication.REVOCATION_UNAVAILABLE);
        assertThat(revocation(report).reason()).contains("stale OCSP response");
    }

    @Test
    void whenResponseWithoutNextUpdateIsOlderThanTheMaximumAge_thenStale() throws Exception {
        server.thisUpdate = NOW.minus(Duration.ofHours(2));
        server.nextUpdate = null;

        ValidationReport report = verify(options(RevocationPolicy.HARD)
                .maxRevocationAge(Duration.ofHours(1))
                .build());

        assertThat(revocation(report).reason()).contains("older than");
    }

    @Test
    void whenResponseDropsTheNonce_thenItIsRejectedUnlessNoncesAreOptional() throws Exception {
        server.echoNonce = false;

        ValidationReport strict = verify(RevocationPolicy.HARD);
        ValidationReport lenient =
                verify(options(RevocationPolicy.HARD).requireOcspNonce(false).build());

        assertThat(strict.subIndication()).contains(SubIndication.REVOCATION_UNAVAILABLE);
        assertThat(revocation(strict).reason()).contains("nonce");
        assertThat(lenient.indication()).isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void whenNothingIsReachableUnderHard_thenRevocationUnavailable() throws Exception {
        server.ocspReachable = false;

        ValidationReport report = verify(RevocationPolicy.HARD);

        assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(report.subIndication()).contains(SubIndication.REVOCATION_UNAVAILABLE);
        assertThat(revocation(report).reason()).contains("unreachable");
    }

    @Test
    void whenNothingIsReachableUnderSoft_thenPassedWithRevocationNotChecked() throws Exception {
        server.ocspReachable = false;

        ValidationReport report = verify(RevocationPolicy.SOFT);

        assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(revocation(report).outcome()).isEqualTo(Outcome.NOT_CHECKED);
        assertThat(revocation(report).reason()).contains("SOFT").contains("unreachable");
    }

    @Test
    void whenPolicyIsOff_thenNothingIsAskedAndRevocationIsNotChecked() throws Exception {
        ValidationReport report = verify(RevocationPolicy.OFF);

        assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(revocation(report).outcome()).isEqualTo(Outcome.NOT_CHECKED);
        assertThat(server.ocspRequests).isZero();
    }

    @Test
    void whenTheCallerSuppliesAResponse_thenItIsUsedOffline() throws Exception {
        byte[] supplied = server.prefetched(leaf, pki.root);
        VerificationOptions options =
                options(RevocationPolicy.HARD).ocspResponse(supplied).build();

        ValidationReport report = CmsVerifier.create(RevocationTransport.offline(), new SecureRandom(), Duration.ZERO)
                .verify(cms, Optional.empty(), options);

        assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void whenAskedTwiceWithinTheTtl_thenTheCachedAnswerIsUsedUntilItExpires() throws Exception {
        CmsVerifier verifier = CmsVerifier.create(server, new SecureRandom(), Duration.ofMinutes(10));

        verifier.verify(cms, Optional.empty(), options(RevocationPolicy.HARD).build());
        verifier.verify(cms, Optional.empty(), options(RevocationPolicy.HARD).build());
        assertThat(server.ocspRequests).isEqualTo(1);

        VerificationOptions later = options(RevocationPolicy.HARD)
                .clock(Clock.fixed(NOW.plus(Duration.ofMinutes(11)), ZoneOffset.UTC))
                .build();
        verifier.verify(cms, Optional.empty(), later);
        assertThat(server.ocspRequests).isEqualTo(2);
    }
}

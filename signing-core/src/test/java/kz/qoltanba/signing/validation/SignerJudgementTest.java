package kz.qoltanba.signing.validation;

import static kz.qoltanba.signing.validation.ValidationPki.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.qoltanba.signing.cert.KeyPurpose;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validity at the judged time, key purpose, trust, CRL fallback and signature timestamps, on a PKI
 * generated for the test.
 */
class SignerJudgementTest {
    private static final byte[] CONTENT = "платёжное поручение №1".getBytes(StandardCharsets.UTF_8);
    private static final Duration DAY = Duration.ofDays(1);

    private static ValidationPki pki;
    private static KeyPair tsaKey;
    private static X509Certificate tsa;
    private static X509Certificate strangerTsa;

    @BeforeAll
    static void createPki() throws Exception {
        pki = new ValidationPki();
        tsaKey = ValidationPki.rsa();
        tsa = pki.issueByRoot("CN=Test TSA,C=KZ", tsaKey, ValidationPki.tsa());
        strangerTsa = pki.issue(
                "CN=Test TSA,C=KZ",
                tsaKey,
                ValidationPki.nameOf(pki.strangerRoot),
                pki.strangerKey,
                ValidationPki.tsa());
    }

    private static X509Certificate leaf(ValidationPki.Profile profile) throws Exception {
        return pki.issueByRoot("CN=Signer,SERIALNUMBER=IIN123456789011,C=KZ", pki.leafKey, profile);
    }

    private static byte[] signed(X509Certificate certificate) throws Exception {
        return ValidationPki.sign(CONTENT, pki.leafKey, certificate, NOW, true).getEncoded();
    }

    private static VerificationOptions.Builder options() {
        return VerificationOptions.builder()
                .trustAnchor(pki.root)
                .revocationPolicy(RevocationPolicy.OFF)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static ValidationReport verify(byte[] cms, VerificationOptions options) throws Exception {
        return CmsVerifier.create(RevocationTransport.offline(), new SecureRandom(), Duration.ZERO)
                .verify(cms, Optional.empty(), options);
    }

    @Test
    void whenCertificateExpiredBeforeTheValidationTime_thenExpired() throws Exception {
        X509Certificate expired = leaf(ValidationPki.signing(NOW.minus(DAY.multipliedBy(400)), NOW.minus(DAY)));

        ValidationReport report = verify(signed(expired), options().build());

        assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(report.subIndication()).contains(SubIndication.EXPIRED);
    }

    @Test
    void whenCertificateIsNotYetValid_thenNotYetValid() throws Exception {
        X509Certificate future = leaf(ValidationPki.signing(NOW.plus(DAY), NOW.plus(DAY.multipliedBy(300))));

        ValidationReport report = verify(signed(future), options().build());

        assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(report.subIndication()).contains(SubIndication.NOT_YET_VALID);
    }

    @Test
    void whenAuthKeySignsWhereSignIsRequired_thenWrongKeyPurpose() throws Exception {
        X509Certificate auth = leaf(ValidationPki.auth());

        ValidationReport wrong = verify(
                signed(auth), options().requiredKeyPurpose(KeyPurpose.SIGN).build());
        ValidationReport right = verify(
                signed(auth), options().requiredKeyPurpose(KeyPurpose.AUTH).build());

        assertThat(wrong.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(wrong.subIndication()).contains(SubIndication.WRONG_KEY_PURPOSE);
        assertThat(right.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(right.signers().get(0).check(CheckName.KEY_PURPOSE).outcome())
                .isEqualTo(Outcome.PASSED);
    }

    @Test
    void whenTheRootIsNotTrusted_thenNoCertificateChainFound() throws Exception {
        ValidationReport report = verify(
                signed(leaf(ValidationPki.signing())),
                VerificationOptions.builder()
                        .trustAnchor(pki.strangerRoot)
                        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                        .build());

        assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(report.subIndication()).contains(SubIndication.NO_CERTIFICATE_CHAIN_FOUND);
        assertThat(report.signers().get(0).check(CheckName.CERTIFICATE_CHAIN).outcome())
                .isEqualTo(Outcome.FAILED);
        assertThat(report.signers().get(0).chain()).isEmpty();
    }

    @Test
    void whenOcspIsUnreachable_thenTheCrlDecidesIncludingItsDelta() throws Exception {
        X509Certificate certificate = leaf(ValidationPki.signing());
        FakeRevocationServer server = new FakeRevocationServer(pki.rootKey, pki.root);
        server.ocspReachable = false;
        server.crls.put(ValidationPki.CRL_URL, pki.crl(NOW.minus(DAY), NOW.plus(DAY), Map.of(), 10, null));
        CmsVerifier verifier = CmsVerifier.create(server, new SecureRandom(), Duration.ofMinutes(5));
        VerificationOptions hard =
                options().revocationPolicy(RevocationPolicy.HARD).build();

        ValidationReport good = verifier.verify(signed(certificate), Optional.empty(), hard);
        assertThat(good.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(good.signers().get(0).check(CheckName.REVOCATION).reason()).contains("CRL number 10");

        server.crls.put(
                ValidationPki.DELTA_URL,
                pki.crl(
                        NOW.minusSeconds(60),
                        NOW.plus(DAY),
                        Map.of(certificate.getSerialNumber(), NOW.minus(Duration.ofHours(1))),
                        11,
                        10L));
        CmsVerifier fresh = CmsVerifier.create(server, new SecureRandom(), Duration.ofMinutes(5));
        ValidationReport revoked = fresh.verify(signed(certificate), Optional.empty(), hard);

        assertThat(revoked.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(revoked.subIndication()).contains(SubIndication.REVOKED);
        assertThat(revoked.signers().get(0).check(CheckName.REVOCATION).reason())
                .contains("delta CRL");
    }

    @Test
    void whenTheCallerSuppliesACrl_thenItIsUsedWithoutFetching() throws Exception {
        X509Certificate certificate = leaf(ValidationPki.signing());
        VerificationOptions options = options()
                .revocationPolicy(RevocationPolicy.HARD)
                .crl(pki.crl(
                        NOW.minus(DAY), NOW.plus(DAY), Map.of(certificate.getSerialNumber(), NOW.minus(DAY)), 3, null))
                .build();

        ValidationReport report = verify(signed(certificate), options);

        assertThat(report.subIndication()).contains(SubIndication.REVOKED);
    }

    @Test
    void whenExpiredNowButValidAtTheTimestamp_thenPassedAndJudgedAtTheTimestamp() throws Exception {
        Instant signedAt = NOW.minus(DAY.multipliedBy(100));
        X509Certificate expiredSince =
                leaf(ValidationPki.signing(NOW.minus(DAY.multipliedBy(400)), NOW.minus(DAY.multipliedBy(10))));
        CMSSignedData cms = ValidationPki.sign(CONTENT, pki.leafKey, expiredSince, signedAt, true);
        byte[] stamped = ValidationPki.timestamp(cms, tsaKey, tsa, signedAt.plusSeconds(5), null)
                .getEncoded();

        ValidationReport withTimestamp = verify(stamped, options().build());
        ValidationReport without = verify(cms.getEncoded(), options().build());

        assertThat(withTimestamp.indication()).isEqualTo(Indication.TOTAL_PASSED);
        SignerReport signer = withTimestamp.signers().get(0);
        assertThat(signer.timestampTime()).contains(signedAt.plusSeconds(5));
        assertThat(signer.judgedAt()).isEqualTo(signedAt.plusSeconds(5));
        assertThat(signer.check(CheckName.TIMESTAMP).outcome()).isEqualTo(Outcome.PASSED);
        assertThat(without.subIndication()).contains(SubIndication.EXPIRED);
    }

    @Test
    void whenRevokedAfterTheTimestamp_thenThePastSignatureStillPasses() throws Exception {
        Instant signedAt = NOW.minus(DAY.multipliedBy(10));
        X509Certificate certificate = leaf(ValidationPki.signing());
        byte[] stamped = ValidationPki.timestamp(
                        ValidationPki.sign(CONTENT, pki.leafKey, certificate, signedAt, true),
                        tsaKey,
                        tsa,
                        signedAt,
                        null)
                .getEncoded();
        VerificationOptions options = options()
                .revocationPolicy(RevocationPolicy.HARD)
                .crl(pki.crl(
                        NOW.minus(DAY), NOW.plus(DAY), Map.of(certificate.getSerialNumber(), NOW.minus(DAY)), 4, null))
                .build();

        ValidationReport report = verify(stamped, options);

        assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(report.signers().get(0).check(CheckName.REVOCATION).reason()).contains("after the judged");
    }

    @Test
    void whenTheTimestampCoversOtherData_thenTimestampInvalidAndJudgedNow() throws Exception {
        X509Certificate certificate = leaf(ValidationPki.signing());
        byte[] stamped = ValidationPki.timestamp(
                        ValidationPki.sign(CONTENT, pki.leafKey, certificate, NOW, true),
                        tsaKey,
                        tsa,
                        NOW.minusSeconds(30),
                        "something else".getBytes(StandardCharsets.UTF_8))
                .getEncoded();

        ValidationReport report = verify(stamped, options().build());

        assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(report.subIndication()).contains(SubIndication.TIMESTAMP_INVALID);
        SignerReport signer = report.signers().get(0);
        assertThat(signer.check(CheckName.TIMESTAMP).reason()).contains("imprint");
        assertThat(signer.timestampTime()).isEmpty();
        assertThat(signer.judgedAt()).isEqualTo(NOW);
    }

    @Test
    void whenTheTsaIsNotTrusted_thenTimestampInvalid() throws Exception {
        X509Certificate certificate = leaf(ValidationPki.signing());
        byte[] stamped = ValidationPki.timestamp(
                        ValidationPki.sign(CONTENT, pki.leafKey, certificate, NOW, true),
                        tsaKey,
                        strangerTsa,
                        NOW.minusSeconds(30),
                        null)
                .getEncoded();

        ValidationReport report = verify(stamped, options().build());

        assertThat(report.subIndication()).contains(SubIndication.TIMESTAMP_INVALID);
        assertThat(report.signers().get(0).check(CheckName.TIMESTAMP).reason()).contains("trust anchor");
    }

    @Test
    void whenTheSignedCertificateReferenceNamesAnotherCertificate_thenTheSignerIsNotIdentified() throws Exception {
        X509Certificate certificate = leaf(ValidationPki.signing());
        byte[] otherHash = MessageDigest.getInstance("SHA-256").digest(pki.root.getEncoded());
        org.bouncycastle.asn1.cms.Attribute reference = new org.bouncycastle.asn1.cms.Attribute(
                PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2(otherHash))));
        byte[] cms = ValidationPki.sign(CONTENT, pki.leafKey, certificate, NOW, true, List.of(certificate), reference)
                .getEncoded();

        ValidationReport report = verify(cms, options().build());

        assertThat(report.subIndication()).contains(SubIndication.NO_CERTIFICATE_CHAIN_FOUND);
        assertThat(report.signers().get(0).check(CheckName.SIGNING_CERTIFICATE).reason())
                .contains("names another certificate");
        assertThat(report.signers().get(0).check(CheckName.SIGNATURE_VALUE).outcome())
                .isEqualTo(Outcome.PASSED);
    }

    @Test
    void whenAnIntermediateExceedsItsIssuersPathLength_thenNoChain() throws Exception {
        KeyPair firstKey = ValidationPki.rsa();
        X509Certificate first = pki.issueByRoot("CN=First CA,C=KZ", firstKey, ValidationPki.ca(0));
        KeyPair secondKey = ValidationPki.rsa();
        X509Certificate second =
                pki.issue("CN=Second CA,C=KZ", secondKey, ValidationPki.nameOf(first), firstKey, ValidationPki.ca());
        X509Certificate deep = pki.issue(
                "CN=Deep Signer,C=KZ", pki.leafKey, ValidationPki.nameOf(second), secondKey, ValidationPki.signing());
        X509Certificate shallow = pki.issue(
                "CN=Shallow Signer,C=KZ", pki.leafKey, ValidationPki.nameOf(first), firstKey, ValidationPki.signing());

        ValidationReport tooDeep = verify(
                ValidationPki.sign(CONTENT, pki.leafKey, deep, NOW, true, List.of(deep, second, first))
                        .getEncoded(),
                options().build());
        ValidationReport allowed = verify(
                ValidationPki.sign(CONTENT, pki.leafKey, shallow, NOW, true, List.of(shallow, first))
                        .getEncoded(),
                options().build());

        assertThat(tooDeep.subIndication()).contains(SubIndication.NO_CERTIFICATE_CHAIN_FOUND);
        assertThat(allowed.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(allowed.signers().get(0).chain()).containsExactly(shallow, first, pki.root);
    }

    @Test
    void whenEveryCheckRuns_thenNoneIsReportedPassedWithoutRunning() throws Exception {
        ValidationReport report =
                verify(signed(leaf(ValidationPki.signing())), options().build());

        SignerReport signer = report.signers().get(0);
        assertThat(signer.checks()).extracting(CheckResult::name).containsExactly(CheckName.values());
        assertThat(signer.check(CheckName.REVOCATION).outcome()).isEqualTo(Outcome.NOT_CHECKED);
        assertThat(signer.check(CheckName.TIMESTAMP).outcome()).isEqualTo(Outcome.NOT_CHECKED);
        assertThat(signer.check(CheckName.KEY_PURPOSE).outcome()).isEqualTo(Outcome.NOT_CHECKED);
        assertThat(signer.claimedSigningTime()).contains(NOW);
    }
}

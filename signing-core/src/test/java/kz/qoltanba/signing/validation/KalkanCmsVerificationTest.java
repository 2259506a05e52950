package kz.qoltanba.signing.validation;

import static kz.qoltanba.signing.testutil.SharedFixtures.kalkan2020;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import kz.qoltanba.signing.testutil.SharedFixtures;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Signatures made by the official Kalkan library (RSA and KZ GOST 34.310-2004), verified at the
 * fixtures' instant. No CA certificate ships with them, so the verdict can never be "passed".
 */
class KalkanCmsVerificationTest {
    private final CmsVerifier verifier = CmsVerifier.create(
            RevocationTransport.offline(), new java.security.SecureRandom(), java.time.Duration.ofMinutes(1));

    static Stream<Path> kalkanCms() throws IOException {
        try (Stream<Path> files = Files.list(kalkan2020("cms-xml"))) {
            List<Path> cms =
                    files.filter(p -> p.toString().endsWith(".cms")).sorted().toList();
            assertThat(cms).hasSize(8);
            return cms.stream();
        }
    }

    private static VerificationOptions atFixtureInstant() {
        return VerificationOptions.builder()
                .clock(Clock.fixed(SharedFixtures.KALKAN2020_INSTANT, ZoneOffset.UTC))
                .build();
    }

    @ParameterizedTest
    @MethodSource("kalkanCms")
    void whenKalkanSignatureHasNoCaCertificates_thenSignatureVerifiesButChainIsIndeterminate(Path file)
            throws Exception {
        ValidationReport report = verifier.verify(Files.readAllBytes(file), Optional.empty(), atFixtureInstant());

        assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(report.subIndication()).contains(SubIndication.NO_CERTIFICATE_CHAIN_FOUND);
        SignerReport signer = report.signers().get(0);
        assertThat(signer.check(CheckName.SIGNING_CERTIFICATE).outcome()).isEqualTo(Outcome.PASSED);
        assertThat(signer.check(CheckName.MESSAGE_DIGEST).outcome()).isEqualTo(Outcome.PASSED);
        assertThat(signer.check(CheckName.SIGNATURE_VALUE).outcome()).isEqualTo(Outcome.PASSED);
        assertThat(signer.check(CheckName.CERTIFICATE_VALIDITY).outcome()).isEqualTo(Outcome.PASSED);
        assertThat(signer.check(CheckName.CERTIFICATE_CHAIN).outcome()).isEqualTo(Outcome.NOT_CHECKED);
        assertThat(signer.check(CheckName.REVOCATION).outcome()).isEqualTo(Outcome.NOT_CHECKED);
        assertThat(signer.checks())
                .noneMatch(c -> c.outcome() == Outcome.PASSED
                        && (c.name() == CheckName.CERTIFICATE_CHAIN || c.name() == CheckName.REVOCATION));
        assertThat(signer.claimedSigningTime()).isPresent();
        String name = file.getFileName().toString().replace(".cms", ".crt.pem");
        assertThat(signer.certificate()).contains(SharedFixtures.certificate(kalkan2020(name)));
        assertThat(signer.certificateInfo().orElseThrow().iin()).isEqualTo("123456789011");
        assertThat(report.toJson()).contains("SERIALNUMBER=IIN123456789011").contains("\"iin\":\"123456789011\"");
    }

    @ParameterizedTest
    @MethodSource("kalkanCms")
    void whenContentIsTampered_thenHashFailure(Path file) throws Exception {
        byte[] der = Base64.getMimeDecoder().decode(Files.readAllBytes(file));
        CMSSignedData signed = new CMSSignedData(der);
        assertThat(new String((byte[]) signed.getSignedContent().getContent(), StandardCharsets.UTF_8))
                .isEqualTo("asdasd");

        ValidationReport report = verifier.verify(
                der,
                Optional.of(new ByteArrayInputStream("asdasD".getBytes(StandardCharsets.UTF_8))),
                atFixtureInstant());

        assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(report.subIndication()).contains(SubIndication.HASH_FAILURE);
        SignerReport signer = report.signers().get(0);
        assertThat(signer.check(CheckName.MESSAGE_DIGEST).outcome()).isEqualTo(Outcome.FAILED);
        assertThat(signer.check(CheckName.SIGNATURE_VALUE).outcome()).isEqualTo(Outcome.PASSED);
    }

    @ParameterizedTest
    @MethodSource("kalkanCms")
    void whenSignatureValueIsFlipped_thenSigCryptoFailure(Path file) throws Exception {
        byte[] der = Base64.getMimeDecoder().decode(Files.readAllBytes(file));
        byte[] tampered = der.clone();
        // the signature value is the last OCTET STRING of the only SignerInfo: near the end of the DER
        tampered[tampered.length - 3] ^= 0x01;

        ValidationReport report = verifier.verify(tampered, Optional.empty(), atFixtureInstant());

        assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(report.subIndication()).contains(SubIndication.SIG_CRYPTO_FAILURE);
        assertThat(report.signers().get(0).check(CheckName.MESSAGE_DIGEST).outcome())
                .isEqualTo(Outcome.PASSED);
    }

    @ParameterizedTest
    @MethodSource("kalkanCms")
    void whenGivenAsDerPemOrBase64_thenTheSameVerdict(Path file) throws Exception {
        byte[] base64 = Files.readAllBytes(file);
        byte[] der = Base64.getMimeDecoder().decode(base64);
        String pem = "-----BEGIN CMS-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END CMS-----\n";

        for (byte[] input : List.of(base64, der, pem.getBytes(StandardCharsets.US_ASCII))) {
            ValidationReport report = verifier.verify(input, Optional.empty(), atFixtureInstant());
            assertThat(report.signers().get(0).check(CheckName.SIGNATURE_VALUE).outcome())
                    .isEqualTo(Outcome.PASSED);
        }
    }

    @ParameterizedTest
    @MethodSource("kalkanCms")
    void whenVerifiedAtThePresentDay_thenTheExpiredCertificateFails(Path file) throws Exception {
        VerificationOptions today = VerificationOptions.builder()
                .clock(Clock.fixed(java.time.Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
                .build();

        ValidationReport report = verifier.verify(Files.readAllBytes(file), Optional.empty(), today);

        assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(report.subIndication()).contains(SubIndication.EXPIRED);
        assertThat(report.toJson()).contains("\"subIndication\":\"EXPIRED\"");
    }
}

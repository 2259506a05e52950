package kz.qoltanba.signing.validation;

import static kz.qoltanba.signing.testutil.SharedFixtures.certificate;
import static kz.qoltanba.signing.testutil.SharedFixtures.crl;
import static kz.qoltanba.signing.testutil.SharedFixtures.gost2015;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import kz.qoltanba.signing.cert.KeyPurpose;
import kz.qoltanba.signing.cms.CmsOptions;
import kz.qoltanba.signing.cms.CmsSigner;
import kz.qoltanba.signing.testutil.SharedFixtures;
import kz.qoltanba.signing.token.KeyEntry;
import kz.qoltanba.signing.token.KeyStoreSource;
import kz.qoltanba.signing.token.KeyStores;
import kz.qoltanba.signing.token.StorageType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real NCA GOST-2015 test key signs a CMS, and the verifier judges it with NCA's root as the only
 * anchor and NCA's CRL supplied, revocation HARD, at the fixtures' instant.
 */
class NcaEndToEndTest {
    private static final byte[] CONTENT = "Qoltanba end-to-end".getBytes(StandardCharsets.UTF_8);

    /** On CRL 166 at the instant (read by hand from openssl crl -text; see NcaChainAndCrlTest). */
    private static final Set<String> REVOKED = Set.of(
            "individual__revoked__individual_revoked.p12",
            "legal__revoked__head.p12",
            "legal__revoked__employee_signright.p12",
            "legal__revoked__employee.p12",
            "legal__revoked__infosystem.p12",
            "legal__revoked__treasury_client.p12",
            "legal__valid__infosystem.p12",
            "legal__valid__employee.p12");

    static Stream<Path> keyFiles() throws IOException {
        try (Stream<Path> files = Files.list(gost2015(""))) {
            List<Path> keys =
                    files.filter(p -> p.toString().endsWith(".p12")).sorted().toList();
            assertThat(keys).hasSize(12);
            return keys.stream();
        }
    }

    private static Clock clock() {
        return Clock.fixed(SharedFixtures.GOST2015_INSTANT, ZoneOffset.UTC);
    }

    private static VerificationOptions options() {
        return VerificationOptions.builder()
                .trustAnchor(certificate(gost2015("root_test_gost_2022.cer")))
                .extraCertificate(certificate(gost2015("nca_gost2022_test.cer")))
                .crl(crl(gost2015("nca_gost2022_test.crl")))
                .revocationPolicy(RevocationPolicy.HARD)
                .clock(clock())
                .build();
    }

    private static KeyEntry key(Path file) throws Exception {
        try (KeyStoreSource store = KeyStores.open(StorageType.PKCS12, file, SharedFixtures.PASSWORD.toCharArray())) {
            return store.keys().get(0);
        }
    }

    @ParameterizedTest
    @MethodSource("keyFiles")
    void whenARealNcaKeySigns_thenValidKeysPassAndRevokedOnesAreRevoked(Path file) throws Exception {
        KeyEntry key = key(file);
        byte[] cms =
                CmsSigner.create(key, CmsOptions.defaults().withClock(clock())).sign(CONTENT);

        ValidationReport report = CmsVerifier.create(RevocationTransport.offline(), new SecureRandom(), Duration.ZERO)
                .verify(cms, Optional.empty(), options());

        SignerReport signer = report.signers().get(0);
        assertThat(signer.check(CheckName.MESSAGE_DIGEST).outcome()).isEqualTo(Outcome.PASSED);
        assertThat(signer.check(CheckName.SIGNATURE_VALUE).outcome()).isEqualTo(Outcome.PASSED);
        assertThat(signer.check(CheckName.CERTIFICATE_CHAIN).outcome()).isEqualTo(Outcome.PASSED);
        assertThat(signer.chain()).hasSize(3);
        if (REVOKED.contains(file.getFileName().toString())) {
            assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
            assertThat(report.subIndication()).contains(SubIndication.REVOKED);
        } else {
            assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(signer.checks())
                    .allMatch(c -> c.outcome() == Outcome.PASSED
                            || c.name() == CheckName.TIMESTAMP
                            || c.name() == CheckName.KEY_PURPOSE);
        }
    }

    @ParameterizedTest
    @MethodSource("keyFiles")
    void whenARealNcaKeySignsDetached_thenOnlyTheRightContentVerifies(Path file) throws Exception {
        KeyEntry key = key(file);
        byte[] cms = CmsSigner.create(
                        key, CmsOptions.defaults().withClock(clock()).withDetached(true))
                .sign(CONTENT);
        VerificationOptions sign = VerificationOptions.builder()
                .trustAnchor(certificate(gost2015("root_test_gost_2022.cer")))
                .extraCertificate(certificate(gost2015("nca_gost2022_test.cer")))
                .revocationPolicy(RevocationPolicy.OFF)
                .requiredKeyPurpose(KeyPurpose.SIGN)
                .clock(clock())
                .build();
        CmsVerifier verifier = CmsVerifier.create(RevocationTransport.offline(), new SecureRandom(), Duration.ZERO);

        ValidationReport right = verifier.verify(cms, Optional.of(new ByteArrayInputStream(CONTENT)), sign);
        ValidationReport wrong = verifier.verify(
                cms, Optional.of(new ByteArrayInputStream("other".getBytes(StandardCharsets.UTF_8))), sign);

        assertThat(right.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(wrong.subIndication()).contains(SubIndication.HASH_FAILURE);
    }

    @org.junit.jupiter.api.Test
    void whenAKalkanSignatureIsCoSignedWithANcaKey_thenEachSignerIsJudgedAndTheWorstWins() throws Exception {
        byte[] kalkan = Files.readAllBytes(SharedFixtures.kalkan2020(
                "cms-xml/personal__active__RSA256_11c707bd54cbfcccb3815e39c4eb57b1dc7dfea9.cms"));
        byte[] coSigned = CmsSigner.create(
                        key(gost2015("legal__valid__head.p12")),
                        CmsOptions.defaults().withClock(clock()))
                .coSign(kalkan);

        ValidationReport report = CmsVerifier.create(RevocationTransport.offline(), new SecureRandom(), Duration.ZERO)
                .verify(coSigned, Optional.empty(), options());

        assertThat(report.signers()).hasSize(2);
        assertThat(report.signers())
                .extracting(SignerReport::indication)
                .containsExactlyInAnyOrder(Indication.TOTAL_FAILED, Indication.TOTAL_PASSED);
        SignerReport old = report.signers().stream()
                .filter(s -> s.indication() == Indication.TOTAL_FAILED)
                .findFirst()
                .orElseThrow();
        assertThat(old.subIndication()).contains(SubIndication.EXPIRED);
        assertThat(old.check(CheckName.SIGNATURE_VALUE).outcome()).isEqualTo(Outcome.PASSED);
        assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(report.subIndication()).contains(SubIndication.EXPIRED);
    }
}

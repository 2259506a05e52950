package kz.qoltanba.signing.validation;

import static kz.qoltanba.signing.testutil.SharedFixtures.certificate;
import static kz.qoltanba.signing.testutil.SharedFixtures.crl;
import static kz.qoltanba.signing.testutil.SharedFixtures.gost2015;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import kz.qoltanba.signing.testutil.SharedFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * NCA's own KZ GOST-2015 certificates and CRL: chains are built link by link (names, key identifiers,
 * NCA's signatures) and each key's certificate is judged against the real CRL at the fixtures' instant.
 */
class NcaChainAndCrlTest {
    private static final Instant AT = SharedFixtures.GOST2015_INSTANT;

    /**
     * Certificates on NCA's CRL number 166, read by hand from {@code openssl crl -text}. Besides the five
     * {@code __revoked__} keys, two {@code __valid__} ones were revoked on 2026-06-02 (reason superseded),
     * contrary to the fixtures README: the CRL is NCA's word, so it decides.
     */
    private static final java.util.Map<String, Instant> REVOKED = java.util.Map.of(
            "individual__revoked__individual_revoked.crt.pem", Instant.parse("2026-05-08T14:57:29Z"),
            "legal__revoked__head.crt.pem", Instant.parse("2026-05-08T14:59:06Z"),
            "legal__revoked__employee_signright.crt.pem", Instant.parse("2026-05-08T15:01:09Z"),
            "legal__revoked__employee.crt.pem", Instant.parse("2026-05-08T15:02:58Z"),
            "legal__revoked__infosystem.crt.pem", Instant.parse("2026-05-08T15:04:42Z"),
            "legal__revoked__treasury_client.crt.pem", Instant.parse("2026-05-08T16:30:57Z"),
            "legal__valid__infosystem.crt.pem", Instant.parse("2026-06-02T11:25:49Z"),
            "legal__valid__employee.crt.pem", Instant.parse("2026-06-02T11:39:09Z"));

    static Stream<Path> leaves() throws IOException {
        try (Stream<Path> files = Files.list(gost2015(""))) {
            List<Path> leaves = files.filter(p -> p.toString().endsWith(".crt.pem"))
                    .sorted()
                    .toList();
            assertThat(leaves).hasSize(12);
            return leaves.stream();
        }
    }

    private static X509Certificate root() {
        return certificate(gost2015("root_test_gost_2022.cer"));
    }

    private static X509Certificate nca() {
        return certificate(gost2015("nca_gost2022_test.cer"));
    }

    private static VerificationOptions options() {
        return VerificationOptions.builder()
                .trustAnchor(root())
                .crl(crl(gost2015("nca_gost2022_test.crl")))
                .clock(Clock.fixed(AT, ZoneOffset.UTC))
                .revocationPolicy(RevocationPolicy.HARD)
                .build();
    }

    @ParameterizedTest
    @MethodSource("leaves")
    void whenLeafIsIssuedByNca_thenChainReachesTheRoot(Path leafFile) {
        X509Certificate leaf = certificate(leafFile);

        List<X509Certificate> chain = new ChainBuilder(List.of(root()), List.of(nca()))
                .build(leaf, AT)
                .orElseThrow();

        assertThat(chain).containsExactly(leaf, nca(), root());
    }

    @ParameterizedTest
    @MethodSource("leaves")
    void whenCheckedAgainstTheNcaCrl_thenRevokedKeysAreRevokedAndValidOnesGood(Path leafFile) {
        X509Certificate leaf = certificate(leafFile);
        List<X509Certificate> chain = List.of(leaf, nca(), root());
        RevocationChecker checker = new RevocationChecker(
                RevocationTransport.offline(), new SecureRandom(), new RevocationCache(Duration.ofMinutes(1)));

        Finding finding = checker.check(leaf, chain, AT, options());

        Instant revokedAt = REVOKED.get(leafFile.getFileName().toString());
        if (revokedAt != null) {
            assertThat(finding.result().outcome()).isEqualTo(Outcome.FAILED);
            assertThat(finding.leadsTo()).contains(SubIndication.REVOKED);
            assertThat(finding.result().reason()).contains("CRL number 166").contains(revokedAt.toString());
        } else {
            assertThat(finding.result().outcome()).isEqualTo(Outcome.PASSED);
            assertThat(finding.result().reason()).contains("not revoked");
        }
    }

    @Test
    void whenJudgedBeforeTheRevocation_thenTheCertificateIsStillGood() {
        X509Certificate leaf = certificate(gost2015("legal__valid__employee.crt.pem"));
        RevocationChecker checker = new RevocationChecker(
                RevocationTransport.offline(), new SecureRandom(), new RevocationCache(Duration.ofMinutes(1)));

        // e.g. a signature time-stamped on 2026-05-20, before the revocation of 2026-06-02
        Finding finding =
                checker.check(leaf, List.of(leaf, nca(), root()), Instant.parse("2026-05-20T00:00:00Z"), options());

        assertThat(finding.result().outcome()).isEqualTo(Outcome.PASSED);
        assertThat(finding.result().reason()).contains("after the judged signing time");
    }

    @Test
    void whenOnlyTheIntermediateIsTrusted_thenTheChainStopsThere() {
        X509Certificate leaf = certificate(gost2015("legal__valid__head.crt.pem"));

        List<X509Certificate> chain = new ChainBuilder(List.of(nca()), List.of(root()))
                .build(leaf, AT)
                .orElseThrow();

        assertThat(chain).containsExactly(leaf, nca());
    }

    @Test
    void whenTheAnchorIsAnUnrelatedRoot_thenNoChainIsFound() {
        X509Certificate leaf = certificate(gost2015("legal__valid__head.crt.pem"));
        X509Certificate unrelated = certificate(gost2015("individual__valid__individual_valid.crt.pem"));

        assertThat(new ChainBuilder(List.of(unrelated), List.of(nca(), root())).build(leaf, AT))
                .isEmpty();
    }

    @Test
    void whenJudgedAfterTheIntermediateExpired_thenNoChainIsFound() {
        X509Certificate leaf = certificate(gost2015("legal__valid__head.crt.pem"));
        Instant afterNca = nca().getNotAfter().toInstant().plusSeconds(1);

        assertThat(new ChainBuilder(List.of(root()), List.of(nca())).build(leaf, afterNca))
                .isEmpty();
    }

    @Test
    void whenCrlIsStaleAtTheValidationTime_thenRevocationIsUnavailableEvenUnderSoft() {
        X509Certificate leaf = certificate(gost2015("legal__valid__head.crt.pem"));
        VerificationOptions late = VerificationOptions.builder()
                .trustAnchor(root())
                .crl(crl(gost2015("nca_gost2022_test.crl")))
                .clock(Clock.fixed(Instant.parse("2027-03-01T00:00:00Z"), ZoneOffset.UTC))
                .revocationPolicy(RevocationPolicy.SOFT)
                .build();
        RevocationChecker checker = new RevocationChecker(
                RevocationTransport.offline(), new SecureRandom(), new RevocationCache(Duration.ofMinutes(1)));

        Finding finding = checker.check(leaf, List.of(leaf, nca(), root()), AT, late);

        assertThat(finding.result().outcome()).isEqualTo(Outcome.NOT_CHECKED);
        assertThat(finding.leadsTo()).contains(SubIndication.REVOCATION_UNAVAILABLE);
        assertThat(finding.result().reason()).contains("stale CRL");
    }

    @Test
    void whenCrlIsCheckedUnderTheWrongIssuerKey_thenItIsRejected() {
        X509Certificate leaf = certificate(gost2015("legal__valid__head.crt.pem"));
        RevocationChecker checker = new RevocationChecker(
                RevocationTransport.offline(), new SecureRandom(), new RevocationCache(Duration.ofMinutes(1)));

        // the root's key did not sign the NCA CRL: the CRL must not be believed
        Finding finding = checker.check(leaf, List.of(leaf, root()), AT, options());

        assertThat(finding.result().outcome()).isEqualTo(Outcome.NOT_CHECKED);
        assertThat(finding.result().reason()).contains("does not verify under the issuer's key");
    }
}

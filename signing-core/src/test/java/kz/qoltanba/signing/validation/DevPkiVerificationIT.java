package kz.qoltanba.signing.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.cert.KeyPurpose;
import kz.qoltanba.signing.cms.CmsOptions;
import kz.qoltanba.signing.cms.CmsSigner;
import kz.qoltanba.signing.devpki.DevPki;
import kz.qoltanba.signing.devpki.DevPkiServer;
import kz.qoltanba.signing.devpki.Persona;
import kz.qoltanba.signing.tsp.TimestampClient;
import kz.qoltanba.signing.tsp.TsaConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The verifier against the development PKI over real HTTP on 127.0.0.1: OCSP with nonce through the
 * default HTTP transport, CRL and delta CRL when OCSP is down, an RFC 3161 TSA, and every persona, for
 * RSA and KZ GOST-2015/512.
 */
class DevPkiVerificationIT {
    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final byte[] CONTENT = "шарт №42".getBytes(StandardCharsets.UTF_8);

    private static DevPkiServer server;
    private static DevPki pki;

    @BeforeAll
    static void startServer() throws Exception {
        server = DevPkiServer.start(0, CLOCK, new SecureRandom());
        pki = server.pki();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private static byte[] sign(Persona persona, KeyAlgorithm algorithm) throws Exception {
        return CmsSigner.create(
                        pki.persona(persona, algorithm).keyEntry(),
                        CmsOptions.defaults().withClock(CLOCK))
                .sign(CONTENT);
    }

    private static VerificationOptions.Builder options(KeyAlgorithm algorithm, RevocationPolicy policy) {
        return VerificationOptions.builder()
                .trustAnchor(pki.root(algorithm).certificate())
                .extraCertificate(pki.intermediate(algorithm).certificate())
                .revocationPolicy(policy)
                .clock(CLOCK);
    }

    private static ValidationReport verify(byte[] cms, VerificationOptions options) throws Exception {
        return CmsVerifier.create(RevocationTransport.http(Duration.ofSeconds(5)), new SecureRandom(), Duration.ZERO)
                .verify(cms, Optional.empty(), options);
    }

    @ParameterizedTest
    @EnumSource(names = {"RSA", "GOST2015_512"})
    void whenSignerIsGoodPerOcspOverHttp_thenTotalPassed(KeyAlgorithm algorithm) throws Exception {
        ValidationReport report = verify(
                sign(Persona.INDIVIDUAL_SIGN, algorithm),
                options(algorithm, RevocationPolicy.HARD)
                        .requiredKeyPurpose(KeyPurpose.SIGN)
                        .build());

        assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(report.signers().get(0).check(CheckName.REVOCATION).reason())
                .contains("OCSP: good")
                .contains(pki.ocspUrl(algorithm).toString());
        assertThat(report.signers().get(0).chain()).hasSize(3);
    }

    @ParameterizedTest
    @EnumSource(names = {"RSA", "GOST2015_512"})
    void whenSignerIsRevoked_thenRevoked(KeyAlgorithm algorithm) throws Exception {
        ValidationReport report = verify(
                sign(Persona.REVOKED, algorithm),
                options(algorithm, RevocationPolicy.HARD).build());

        assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(report.subIndication()).contains(SubIndication.REVOKED);
    }

    @ParameterizedTest
    @EnumSource(names = {"RSA", "GOST2015_512"})
    void whenOcspIsDown_thenTheCrlAndItsDeltaDecide(KeyAlgorithm algorithm) throws Exception {
        RevocationTransport http = RevocationTransport.http(Duration.ofSeconds(5));
        RevocationTransport crlOnly = new RevocationTransport() {
            @Override
            public byte[] get(URI uri) throws IOException {
                return http.get(uri);
            }

            @Override
            public byte[] post(URI uri, String contentType, byte[] body) throws IOException {
                throw new IOException("OCSP switched off for this test");
            }
        };
        CmsVerifier verifier = CmsVerifier.create(crlOnly, new SecureRandom(), Duration.ZERO);

        ValidationReport good = verifier.verify(
                sign(Persona.INDIVIDUAL_SIGN, algorithm),
                Optional.empty(),
                options(algorithm, RevocationPolicy.HARD).build());
        ValidationReport revoked = verifier.verify(
                sign(Persona.REVOKED, algorithm),
                Optional.empty(),
                options(algorithm, RevocationPolicy.HARD).build());

        assertThat(good.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(good.signers().get(0).check(CheckName.REVOCATION).reason()).contains("CRL number");
        assertThat(revoked.subIndication()).contains(SubIndication.REVOKED);
    }

    @ParameterizedTest
    @EnumSource(names = {"RSA", "GOST2015_512"})
    void whenCertificateIsExpiredOrNotYetValid_thenTheMatchingFailure(KeyAlgorithm algorithm) throws Exception {
        ValidationReport expired = verify(
                sign(Persona.EXPIRED, algorithm),
                options(algorithm, RevocationPolicy.OFF).build());
        ValidationReport early = verify(
                sign(Persona.NOT_YET_VALID, algorithm),
                options(algorithm, RevocationPolicy.OFF).build());

        assertThat(expired.subIndication()).contains(SubIndication.EXPIRED);
        assertThat(early.subIndication()).contains(SubIndication.NOT_YET_VALID);
    }

    @ParameterizedTest
    @EnumSource(names = {"RSA", "GOST2015_512"})
    void whenAnAuthKeySignsWhereSignIsRequired_thenWrongKeyPurpose(KeyAlgorithm algorithm) throws Exception {
        ValidationReport report = verify(
                sign(Persona.WRONG_PURPOSE, algorithm),
                options(algorithm, RevocationPolicy.HARD)
                        .requiredKeyPurpose(KeyPurpose.SIGN)
                        .build());

        assertThat(report.subIndication()).contains(SubIndication.WRONG_KEY_PURPOSE);
    }

    @ParameterizedTest
    @EnumSource(names = {"RSA", "GOST2015_512"})
    void whenTheSignerChainsToAnUntrustedRoot_thenNoCertificateChainFound(KeyAlgorithm algorithm) throws Exception {
        ValidationReport report = verify(
                sign(Persona.UNTRUSTED, algorithm),
                options(algorithm, RevocationPolicy.HARD).build());

        assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(report.subIndication()).contains(SubIndication.NO_CERTIFICATE_CHAIN_FOUND);
    }

    @ParameterizedTest
    @EnumSource(names = {"RSA", "GOST2015_512"})
    void whenTimeStampedByTheDevTsa_thenTheTimestampIsValidatedAndUsed(KeyAlgorithm algorithm) throws Exception {
        TimestampClient tsa = TimestampClient.create(TsaConfig.of(pki.tsaUrl(algorithm)));
        byte[] cms = CmsSigner.create(
                        pki.persona(Persona.INDIVIDUAL_SIGN, algorithm).keyEntry(),
                        CmsOptions.defaults().withClock(CLOCK).withTimestamps(tsa))
                .sign(CONTENT);

        ValidationReport report =
                verify(cms, options(algorithm, RevocationPolicy.HARD).build());

        SignerReport signer = report.signers().get(0);
        assertThat(signer.check(CheckName.TIMESTAMP).outcome()).isEqualTo(Outcome.PASSED);
        assertThat(signer.timestampTime()).isPresent();
        assertThat(signer.judgedAt()).isEqualTo(signer.timestampTime().get());
        assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void whenTheServerIsDown_thenHardIsIndeterminateAndSoftPasses() throws Exception {
        DevPkiServer other = DevPkiServer.start(0, CLOCK, new SecureRandom(), java.util.Set.of(KeyAlgorithm.RSA));
        DevPki otherPki = other.pki();
        byte[] unreachable = CmsSigner.create(
                        otherPki.persona(Persona.INDIVIDUAL_SIGN, KeyAlgorithm.RSA)
                                .keyEntry(),
                        CmsOptions.defaults().withClock(CLOCK))
                .sign(CONTENT);
        other.close();
        VerificationOptions.Builder base = VerificationOptions.builder()
                .trustAnchor(otherPki.root(KeyAlgorithm.RSA).certificate())
                .extraCertificate(otherPki.intermediate(KeyAlgorithm.RSA).certificate())
                .clock(CLOCK);

        ValidationReport hard =
                verify(unreachable, base.revocationPolicy(RevocationPolicy.HARD).build());
        ValidationReport soft =
                verify(unreachable, base.revocationPolicy(RevocationPolicy.SOFT).build());

        assertThat(hard.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(hard.subIndication()).contains(SubIndication.REVOCATION_UNAVAILABLE);
        assertThat(soft.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(soft.signers().get(0).check(CheckName.REVOCATION).outcome()).isEqualTo(Outcome.NOT_CHECKED);
    }
}

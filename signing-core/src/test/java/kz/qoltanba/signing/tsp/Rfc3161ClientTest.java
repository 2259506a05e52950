package kz.qoltanba.signing.tsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.net.URI;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.algorithm.SignerVerifiers;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class Rfc3161ClientTest {
    private static final Instant NOW = Instant.parse("2026-09-01T00:00:00Z");
    private static final TsaConfig CONFIG = TsaConfig.of(URI.create("http://tsa.invalid/"));
    private static TestTsa tsa;

    @BeforeAll
    static void startTsa() {
        TestCertificates pki = new TestCertificates(KeyAlgorithm.RSA, NOW);
        tsa = new TestTsa(pki.tsaKey("Test TSA"), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void whenTsaGrants_thenTokenCoversTheDataAndVerifies() throws Exception {
        byte[] data = "signature value".getBytes();
        byte[] token = TimestampClient.create(CONFIG, tsa, new SecureRandom()).timestamp(data);

        TimeStampToken parsed = new TimeStampToken(new CMSSignedData(token));
        assertThat(parsed.getTimeStampInfo().getMessageImprintDigest())
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(data));
        assertThat(parsed.getTimeStampInfo().getGenTime().toInstant()).isEqualTo(NOW);
        X509CertificateHolder tsaCert =
                new X509CertificateHolder(tsa.key().certificate().getEncoded());
        assertThat(parsed.isSignatureValid(SignerVerifiers.of(tsaCert))).isTrue();
    }

    @Test
    void whenNoPolicyConfigured_thenRequestCarriesNoneButNonceAndCertReq() throws Exception {
        TimestampClient.create(CONFIG, tsa, new SecureRandom()).timestamp(new byte[] {1});
        TimeStampRequest sent = tsa.requests().get(tsa.requests().size() - 1);
        assertThat(sent.getReqPolicy()).isNull();
        assertThat(sent.getNonce()).isNotNull();
        assertThat(sent.getCertReq()).isTrue();
    }

    @Test
    void whenPolicyConfigured_thenRequestCarriesIt() throws Exception {
        byte[] token = TimestampClient.create(CONFIG.withPolicy(TestTsa.POLICY), tsa, new SecureRandom())
                .timestamp(new byte[] {2});
        TimeStampRequest sent = tsa.requests().get(tsa.requests().size() - 1);
        assertThat(sent.getReqPolicy()).isEqualTo(new ASN1ObjectIdentifier(TestTsa.POLICY));
        assertThat(new TimeStampToken(new CMSSignedData(token))
                        .getTimeStampInfo()
                        .getPolicy())
                .isEqualTo(new ASN1ObjectIdentifier(TestTsa.POLICY));
    }

    @Test
    void whenResponseAnswersAnotherNonce_thenInvalidTimestamp() {
        TsaTransport replaying = (config, query) -> {
            try {
                TimeStampRequest original = new TimeStampRequest(query);
                TimeStampRequest other = new TimeStampRequestGenerator()
                        .generate(
                                original.getMessageImprintAlgOID(),
                                original.getMessageImprintDigest(),
                                original.getNonce().add(BigInteger.ONE));
                return tsa.respond(other.getEncoded());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        };
        assertThatThrownBy(() -> TimestampClient.create(CONFIG, replaying, new SecureRandom())
                        .timestamp(new byte[] {3}))
                .isInstanceOf(InvalidTimestampException.class)
                .hasMessageContaining("nonce");
    }

    @Test
    void whenResponseCoversOtherData_thenInvalidTimestamp() {
        TsaTransport substituting = (config, query) -> {
            try {
                TimeStampRequest original = new TimeStampRequest(query);
                byte[] other = original.getMessageImprintDigest().clone();
                other[0] ^= 1;
                return tsa.respond(new TimeStampRequestGenerator()
                        .generate(original.getMessageImprintAlgOID(), other, original.getNonce())
                        .getEncoded());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        };
        assertThatThrownBy(() -> TimestampClient.create(CONFIG, substituting, new SecureRandom())
                        .timestamp(new byte[] {4}))
                .isInstanceOf(InvalidTimestampException.class);
    }

    @Test
    void whenTsaRejects_thenTimestampRejectedWithStatus() {
        assertThatThrownBy(() -> TimestampClient.create(CONFIG, (c, q) -> TestTsa.rejection(), new SecureRandom())
                        .timestamp(new byte[] {5}))
                .isInstanceOf(TimestampRejectedException.class)
                .hasMessageContaining("status 2");
    }

    @Test
    void whenAnswerIsGarbage_thenInvalidTimestamp() {
        assertThatThrownBy(() -> TimestampClient.create(
                                CONFIG, (c, q) -> "<html>proxy error</html>".getBytes(), new SecureRandom())
                        .timestamp(new byte[] {6}))
                .isInstanceOf(InvalidTimestampException.class);
    }

    @Test
    void whenDigestHasWrongLength_thenMalformedInput() {
        assertThatThrownBy(() -> TimestampClient.create(CONFIG, tsa, new SecureRandom())
                        .timestampDigest(new byte[31], TsaConfig.SHA256))
                .isInstanceOf(MalformedInputException.class);
    }

    @Test
    void whenTokenIsSignedByAnotherKeyThanItsCertificate_thenInvalidTimestamp() {
        TestCertificates other = new TestCertificates(KeyAlgorithm.RSA, NOW);
        var impostorKey = other.tsaKey("Impostor");
        var honestCert = tsa.key();
        TestTsa impostor = new TestTsa(
                new kz.qoltanba.signing.token.KeyEntry(
                        "impostor", impostorKey.privateKey(), honestCert.certificate(), honestCert.chain(), null),
                Clock.fixed(NOW, ZoneOffset.UTC));
        assertThatThrownBy(() -> TimestampClient.create(CONFIG, impostor, new SecureRandom())
                        .timestamp(new byte[] {7}))
                .isInstanceOf(InvalidTimestampException.class);
    }
}

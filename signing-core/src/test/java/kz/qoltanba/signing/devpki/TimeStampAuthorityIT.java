package kz.qoltanba.signing.devpki;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import kz.qoltanba.signing.algorithm.DigestAlgorithms;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.algorithm.Operators;
import kz.qoltanba.signing.algorithm.Signatures;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The RFC 3161 TSA over real HTTP: Bouncy Castle as the client, and OpenSSL's ts for the RSA TSA. */
class TimeStampAuthorityIT {
    private static final Instant NOW = Instant.parse("2026-03-15T10:00:00Z");
    private static final byte[] DOCUMENT = "Құжат: келісімшарт №42".getBytes(StandardCharsets.UTF_8);
    private static DevPkiServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        server = DevPkiServer.start(0, new TestClock(NOW), new SecureRandom());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void whenRsaTsaGetsASha256Request_thenTokenIsSignedOverTheImprintWithTheNonce() throws Exception {
        TimeStampToken token = stamp(KeyAlgorithm.RSA, "2.16.840.1.101.3.4.2.1", BigInteger.valueOf(777), true);
        assertThat(token.getTimeStampInfo().getNonce()).isEqualTo(BigInteger.valueOf(777));
        assertThat(token.getCertificates().getMatches(null)).isNotEmpty();
    }

    @Test
    void whenGostTsaGetsAKazakhStreebogRequest_thenTokenIsAKazakhGostSignature() throws Exception {
        TimeStampToken token = stamp(KeyAlgorithm.GOST2015_512, "1.2.398.3.10.1.3.3", BigInteger.TEN, false);
        SignerInformation signer =
                token.toCMSSignedData().getSignerInfos().iterator().next();
        assertThat(signer.getEncryptionAlgOID()).isEqualTo("1.2.398.3.10.1.1.2.3.2");
        assertThat(signer.getDigestAlgOID()).isEqualTo("1.2.398.3.10.1.3.3");
        assertThat(token.getCertificates().getMatches(null)).isEmpty(); // certReq was false
    }

    @Test
    void whenRequestUsesSha1_thenTsaRejectsItWithBadAlg() throws Exception {
        TimeStampRequest request = new TimeStampRequestGenerator()
                .generate(new ASN1ObjectIdentifier("1.3.14.3.2.26"), new byte[20], BigInteger.ONE);
        TimeStampResponse response = post(KeyAlgorithm.RSA, request.getEncoded());
        assertThat(response.getStatus()).isEqualTo(PKIStatus.REJECTION);
        assertThat(response.getFailInfo().intValue()).isEqualTo(PKIFailureInfo.badAlg);
    }

    @Test
    void whenImprintHasTheWrongLength_thenTsaRejectsItWithBadDataFormat() throws Exception {
        TimeStampRequest request = new TimeStampRequestGenerator()
                .generate(new ASN1ObjectIdentifier("1.2.398.3.10.1.3.3"), new byte[32], BigInteger.ONE);
        TimeStampResponse response = post(KeyAlgorithm.GOST2015_512, request.getEncoded());
        assertThat(response.getStatus()).isEqualTo(PKIStatus.REJECTION);
        assertThat(response.getFailInfo().intValue()).isEqualTo(PKIFailureInfo.badDataFormat);
    }

    @Test
    void whenBodyIsNotATimeStampRequest_thenServerAnswers400WithAReason() throws Exception {
        HttpResponse<byte[]> response = Http.post(
                server.pki().tsaUrl(KeyAlgorithm.RSA),
                "application/timestamp-query",
                "hello".getBytes(StandardCharsets.US_ASCII));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("malformed time-stamp request");
    }

    @Test
    void whenOpenSslAsksTheRsaTsa_thenOpenSslVerifiesTheReply() throws Exception {
        DevPkiTools.requireTool("openssl");
        Files.write(dir.resolve("document.txt"), DOCUMENT);
        writePem("root.pem", server.pki().root(KeyAlgorithm.RSA).certificate());
        writePem("nca.pem", server.pki().intermediate(KeyAlgorithm.RSA).certificate());
        DevPkiTools.Result query = DevPkiTools.run(
                dir, "openssl", "ts", "-query", "-data", "document.txt", "-sha256", "-cert", "-out", "query.tsq");
        assertThat(query.exitCode()).as(query.output()).isZero();

        HttpResponse<byte[]> reply = Http.post(
                server.pki().tsaUrl(KeyAlgorithm.RSA),
                "application/timestamp-query",
                Files.readAllBytes(dir.resolve("query.tsq")));
        assertThat(reply.statusCode()).isEqualTo(200);
        Files.write(dir.resolve("reply.tsr"), reply.body());

        DevPkiTools.Result text = DevPkiTools.run(dir, "openssl", "ts", "-reply", "-in", "reply.tsr", "-text");
        assertThat(text.output()).contains("Status: Granted").contains("Policy OID: 1.2.398.3.3.2.6.4");
        DevPkiTools.Result verify = DevPkiTools.run(
                dir,
                "openssl",
                "ts",
                "-verify",
                "-in",
                "reply.tsr",
                "-queryfile",
                "query.tsq",
                "-CAfile",
                "root.pem",
                "-untrusted",
                "nca.pem",
                "-attime",
                Long.toString(NOW.getEpochSecond() + 60));
        assertThat(verify.output()).contains("Verification: OK");
        assertThat(verify.exitCode()).isZero();
    }

    /** Requests a token over {@link #DOCUMENT} and checks it the way a verifier would. */
    private TimeStampToken stamp(KeyAlgorithm algorithm, String digestOid, BigInteger nonce, boolean certReq)
            throws Exception {
        MessageDigest digest = DigestAlgorithms.newDigest(digestOid);
        byte[] imprint = digest.digest(DOCUMENT);
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(certReq);
        TimeStampRequest request = generator.generate(new ASN1ObjectIdentifier(digestOid), imprint, nonce);

        TimeStampResponse response = post(algorithm, request.getEncoded());

        assertThat(response.getStatus()).isEqualTo(PKIStatus.GRANTED);
        TimeStampToken token = response.getTimeStampToken();
        assertThat(token.getTimeStampInfo().getMessageImprintAlgOID().getId()).isEqualTo(digestOid);
        assertThat(token.getTimeStampInfo().getMessageImprintDigest()).isEqualTo(imprint);
        assertThat(token.getTimeStampInfo().getGenTime().toInstant()).isEqualTo(NOW);
        assertThat(token.getTimeStampInfo().getPolicy().getId()).isEqualTo("1.2.398.3.3.2.6.4");
        X509Certificate tsa = server.pki().persona(Persona.TSA, algorithm).certificate();
        // signature, signed attributes and the ESS certificate id; BC allows only its own imprint OIDs by default
        token.validate(verifier(tsa), java.util.Set.of(new ASN1ObjectIdentifier(digestOid)));
        assertThat(token.getSID().getSerialNumber()).isEqualTo(tsa.getSerialNumber());
        return token;
    }

    private static SignerInformationVerifier verifier(X509Certificate tsa) throws Exception {
        return new SignerInformationVerifier(
                (digestAlgorithm, signatureAlgorithm) ->
                        signatureAlgorithm.getAlgorithm().getId(),
                name -> new AlgorithmIdentifier(new ASN1ObjectIdentifier(name)),
                Operators.verifierProvider(Signatures.publicKey(tsa)),
                Operators.digestCalculatorProvider()) {
            @Override
            public boolean hasAssociatedCertificate() {
                return true;
            }

            @Override
            public X509CertificateHolder getAssociatedCertificate() {
                try {
                    return new X509CertificateHolder(tsa.getEncoded());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    private static TimeStampResponse post(KeyAlgorithm algorithm, byte[] request) throws Exception {
        HttpResponse<byte[]> http = Http.post(server.pki().tsaUrl(algorithm), "application/timestamp-query", request);
        assertThat(http.statusCode()).isEqualTo(200);
        assertThat(http.headers().firstValue("Content-Type")).hasValue("application/timestamp-reply");
        return new TimeStampResponse(http.body());
    }

    private void writePem(String file, X509Certificate certificate) throws Exception {
        Files.writeString(
                dir.resolve(file), PkiExport.pem("CERTIFICATE", certificate.getEncoded()), StandardCharsets.US_ASCII);
    }
}

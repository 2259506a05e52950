package kz.qoltanba.signing.devpki;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.algorithm.Operators;
import kz.qoltanba.signing.algorithm.Signatures;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The OCSP responder over real HTTP, checked with Bouncy Castle's OCSP client classes. */
class OcspResponderIT {
    private static final Instant NOW = Instant.parse("2026-03-15T10:00:00Z");
    private static final TestClock CLOCK = new TestClock(NOW);
    private static DevPkiServer server;

    @BeforeAll
    static void start() throws Exception {
        server = DevPkiServer.start(0, CLOCK, new SecureRandom());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @EnumSource(
            value = KeyAlgorithm.class,
            names = {"RSA", "GOST2015_512"})
    void whenCertificateIsGood_thenSignedResponseSaysGoodAndEchoesTheNonce(KeyAlgorithm algorithm) throws Exception {
        byte[] nonce = "nonce-0123456789".getBytes(StandardCharsets.US_ASCII);
        X509Certificate leaf = pki().persona(Persona.LEGAL_HEAD, algorithm).certificate();

        BasicOCSPResp response =
                ask(algorithm, leaf, pki().intermediate(algorithm).certificate(), nonce);

        SingleResp single = response.getResponses()[0];
        assertThat(single.getCertStatus()).isNull(); // BC's GOOD
        assertThat(single.getCertID().getSerialNumber()).isEqualTo(leaf.getSerialNumber());
        assertThat(single.getThisUpdate().toInstant()).isEqualTo(NOW);
        assertThat(single.getNextUpdate().toInstant()).isAfter(NOW);
        assertThat(DEROctetString.getInstance(response.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce)
                                .getParsedValue())
                        .getOctets())
                .isEqualTo(nonce);
        X509CertificateHolder responder = response.getCerts()[0];
        X509Certificate responderCertificate = CertificateAuthority.toCertificate(responder);
        assertThat(responderCertificate.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.9");
        assertThat(Signatures.isCertificateSignedBy(
                        responderCertificate,
                        Signatures.publicKey(pki().intermediate(algorithm).certificate())))
                .isTrue();
        assertThat(response.isSignatureValid(Operators.verifierProvider(Signatures.publicKey(responderCertificate))))
                .isTrue();
        assertThat(response.getSignatureAlgOID().getId()).isEqualTo(algorithm.signatureOid());
    }

    @Test
    void whenCertificateIsRevoked_thenResponseSaysRevokedWithTheTime() throws Exception {
        KeyAlgorithm algorithm = KeyAlgorithm.GOST2015_512;
        X509Certificate revoked = pki().persona(Persona.REVOKED, algorithm).certificate();

        SingleResp single = ask(
                        algorithm, revoked, pki().intermediate(algorithm).certificate(), null)
                .getResponses()[0];

        assertThat(single.getCertStatus()).isInstanceOf(RevokedStatus.class);
        assertThat(((RevokedStatus) single.getCertStatus()).getRevocationTime().toInstant())
                .isBefore(NOW);
    }

    @Test
    void whenSerialWasNeverIssued_thenResponseSaysUnknown() throws Exception {
        KeyAlgorithm algorithm = KeyAlgorithm.RSA;
        SingleResp single = ask(
                        algorithm,
                        BigInteger.valueOf(4242),
                        pki().intermediate(algorithm).certificate(),
                        null)
                .getResponses()[0];
        assertThat(single.getCertStatus()).isInstanceOf(UnknownStatus.class);
    }

    @Test
    void whenIntermediateIsAskedAbout_thenTheRootItselfAnswers() throws Exception {
        KeyAlgorithm algorithm = KeyAlgorithm.GOST2015_512;
        X509Certificate root = pki().root(algorithm).certificate();
        BasicOCSPResp response = ask(algorithm, pki().intermediate(algorithm).certificate(), root, null);
        assertThat(response.getResponses()[0].getCertStatus()).isNull();
        assertThat(response.isSignatureValid(Operators.verifierProvider(Signatures.publicKey(root))))
                .isTrue();
    }

    @Test
    void whenBodyIsNotAnOcspRequest_thenServerAnswers400WithMalformedRequest() throws Exception {
        HttpResponse<byte[]> response =
                Http.post(pki().ocspUrl(KeyAlgorithm.RSA), "application/ocsp-request", new byte[] {0x30, 0x03, 0x02});
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("X-Error"))
                .hasValueSatisfying(t -> assertThat(t).contains("malformed OCSP request"));
        assertThat(new OCSPResp(response.body()).getStatus()).isEqualTo(OCSPResp.MALFORMED_REQUEST);
    }

    @Test
    void whenAlgorithmPathIsUnknown_thenServerAnswers404() throws Exception {
        URI uri = server.baseUrl().resolve("ocsp/dsa");
        assertThat(Http.post(uri, "application/ocsp-request", new byte[0]).statusCode())
                .isEqualTo(404);
        assertThat(Http.get(pki().ocspUrl(KeyAlgorithm.RSA)).statusCode()).isEqualTo(405);
    }

    private static DevPki pki() {
        return server.pki();
    }

    private static BasicOCSPResp ask(
            KeyAlgorithm algorithm, X509Certificate certificate, X509Certificate issuer, byte[] nonce)
            throws Exception {
        return ask(algorithm, certificate.getSerialNumber(), issuer, nonce);
    }

    private static BasicOCSPResp ask(KeyAlgorithm algorithm, BigInteger serial, X509Certificate issuer, byte[] nonce)
            throws Exception {
        CertificateID id = new CertificateID(
                Operators.digestCalculatorProvider().get(CertificateID.HASH_SHA1),
                new X509CertificateHolder(issuer.getEncoded()),
                serial);
        OCSPReqBuilder builder = new OCSPReqBuilder().addRequest(id);
        if (nonce != null) {
            builder.setRequestExtensions(new Extensions(new Extension(
                    OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false, new DEROctetString(nonce).getEncoded())));
        }
        HttpResponse<byte[]> http = Http.post(
                server.pki().ocspUrl(algorithm),
                "application/ocsp-request",
                builder.build().getEncoded());
        assertThat(http.statusCode()).isEqualTo(200);
        assertThat(http.headers().firstValue("Content-Type")).hasValue("application/ocsp-response");
        OCSPResp response = new OCSPResp(http.body());
        assertThat(response.getStatus()).isEqualTo(OCSPResp.SUCCESSFUL);
        return (BasicOCSPResp) response.getResponseObject();
    }
}

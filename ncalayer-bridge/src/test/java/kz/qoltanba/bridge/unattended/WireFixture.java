package kz.qoltanba.bridge.unattended;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.qoltanba.bridge.signing.SigningTestKeys;
import kz.qoltanba.bridge.tls.ServerCertificateStore;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.cms.CmsEncoding;
import kz.qoltanba.signing.devpki.DevPkiServer;
import kz.qoltanba.signing.devpki.Persona;
import kz.qoltanba.signing.validation.CmsVerifier;
import kz.qoltanba.signing.validation.RevocationPolicy;
import kz.qoltanba.signing.validation.RevocationTransport;
import kz.qoltanba.signing.validation.ValidationReport;
import kz.qoltanba.signing.validation.VerificationOptions;
import kz.qoltanba.signing.validation.XmlVerifier;

/**
 * A development PKI served over HTTP (OCSP, CRLs, TSA) for RSA and KZ GOST-2015/512, a home directory whose
 * server certificate exists before the bridge starts (so clients can trust it), a keys folder for
 * {@code --keys-dir} ({@code a-rsa.p12}, {@code b-gost.p12}, passwords beside them) and both roots as PEM files
 * for {@code --trust}. Verification is against both roots with HARD revocation checking over OCSP.
 */
final class WireFixture implements AutoCloseable {
    static final String RSA_KEY = "a-rsa.p12";
    static final String GOST_KEY = "b-gost.p12";

    final DevPkiServer pki;
    final Path work;
    final Path home;
    final Path keysDir;
    final Path rsaRoot;
    final Path gostRoot;
    /** RSA root and intermediate, PEM, for {@code openssl cms -verify -CAfile}. */
    final Path rsaCaFile;

    final X509Certificate serverCertificate;
    final String rsaSerial;
    final String gostSerial;

    WireFixture(Path work) throws Exception {
        this.work = work;
        pki = DevPkiServer.start(
                0, Clock.systemUTC(), new SecureRandom(), Set.of(KeyAlgorithm.RSA, KeyAlgorithm.GOST2015_512));
        SigningTestKeys rsa = SigningTestKeys.export(pki.pki(), work.resolve("pki-rsa"), KeyAlgorithm.RSA);
        SigningTestKeys gost = SigningTestKeys.export(pki.pki(), work.resolve("pki-gost"), KeyAlgorithm.GOST2015_512);
        keysDir = work.resolve("keys");
        rsa.install(Persona.INDIVIDUAL_SIGN, keysDir, RSA_KEY);
        gost.install(Persona.INDIVIDUAL_SIGN, keysDir, GOST_KEY);
        rsaSerial = rsa.serial(Persona.INDIVIDUAL_SIGN);
        gostSerial = gost.serial(Persona.INDIVIDUAL_SIGN);
        rsaRoot = pem(work.resolve("rsa-root.pem"), List.of(rsa.root()));
        gostRoot = pem(work.resolve("gost-root.pem"), List.of(gost.root()));
        rsaCaFile = pem(
                work.resolve("rsa-ca.pem"),
                List.of(rsa.root(), pki.pki().intermediate(KeyAlgorithm.RSA).certificate()));
        home = work.resolve("home");
        serverCertificate = new ServerCertificateStore(home.resolve("tls"), Clock.systemUTC(), new SecureRandom())
                .loadOrCreate()
                .certificate();
    }

    String tsaUrl() {
        return pki.pki().tsaUrl(KeyAlgorithm.RSA).toString();
    }

    VerificationOptions verification() {
        return VerificationOptions.builder()
                .trustAnchor(pki.pki().root(KeyAlgorithm.RSA).certificate())
                .trustAnchor(pki.pki().root(KeyAlgorithm.GOST2015_512).certificate())
                .extraCertificate(pki.pki().intermediate(KeyAlgorithm.RSA).certificate())
                .extraCertificate(
                        pki.pki().intermediate(KeyAlgorithm.GOST2015_512).certificate())
                .revocationPolicy(RevocationPolicy.HARD)
                .build();
    }

    private static CmsVerifier cmsVerifier() {
        return CmsVerifier.create(RevocationTransport.http(Duration.ofSeconds(10)), new SecureRandom(), Duration.ZERO);
    }

    ValidationReport verifyCms(byte[] cms, byte[] detachedContent) throws Exception {
        return cmsVerifier()
                .verify(cms, Optional.ofNullable(detachedContent).map(ByteArrayInputStream::new), verification());
    }

    ValidationReport verifyDigest(byte[] cms, byte[] digest, String digestOid) throws Exception {
        return cmsVerifier().verifyDigest(cms, digest, digestOid, verification());
    }

    ValidationReport verifyXml(String xml) throws Exception {
        return XmlVerifier.create(RevocationTransport.http(Duration.ofSeconds(10)), new SecureRandom(), Duration.ZERO)
                .verify(xml.getBytes(StandardCharsets.UTF_8), verification());
    }

    private static Path pem(Path file, List<X509Certificate> certificates) throws Exception {
        StringBuilder text = new StringBuilder();
        for (X509Certificate certificate : certificates) {
            text.append("-----BEGIN CERTIFICATE-----\n")
                    .append(java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(certificate.getEncoded()))
                    .append("\n-----END CERTIFICATE-----\n");
        }
        Files.writeString(file, text.toString(), StandardCharsets.US_ASCII);
        return file;
    }

    static byte[] der(String pemOrBase64) throws Exception {
        return CmsEncoding.decode(pemOrBase64);
    }

    @Override
    public void close() {
        pki.close();
    }
}

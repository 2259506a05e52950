package kz.qoltanba.signing.tsp;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import kz.qoltanba.signing.algorithm.GostKeyPairs;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.algorithm.Operators;
import kz.qoltanba.signing.token.KeyEntry;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;

/**
 * Keys and certificates generated at test time: a self-signed CA and leaves it issues (signing or
 * time-stamping), in any supported family. Dates are around the instant given.
 */
public final class TestCertificates {
    private final AtomicLong serial = new AtomicLong(System.nanoTime());
    private final KeyAlgorithm algorithm;
    private final KeyPair caKeys;
    private final X509Certificate ca;
    private final Instant now;

    public TestCertificates(KeyAlgorithm algorithm, Instant now) {
        this.algorithm = algorithm;
        this.now = now;
        this.caKeys = keyPair(algorithm);
        this.ca = issue(
                "CN=Test CA " + algorithm + " " + serial.get() + ",O=Qoltanba tests,C=KZ",
                caKeys.getPublic(),
                true,
                null);
    }

    public static KeyPair keyPair(KeyAlgorithm algorithm) {
        if (algorithm.isGost()) {
            return GostKeyPairs.generate(algorithm, new SecureRandom());
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public X509Certificate ca() {
        return ca;
    }

    /** A signing key (digitalSignature + nonRepudiation, emailProtection) with chain leaf, CA. */
    public KeyEntry signingKey(String commonName) {
        KeyPair keys = keyPair(algorithm);
        X509Certificate leaf =
                issue("CN=" + commonName + ",C=KZ", keys.getPublic(), false, KeyPurposeId.id_kp_emailProtection);
        return new KeyEntry(commonName, keys.getPrivate(), leaf, List.of(leaf, ca), null);
    }

    /** A TSA key: extended key usage timeStamping, critical (RFC 3161 §2.3). */
    public KeyEntry tsaKey(String commonName) {
        KeyPair keys = keyPair(algorithm);
        X509Certificate leaf =
                issue("CN=" + commonName + ",C=KZ", keys.getPublic(), false, KeyPurposeId.id_kp_timeStamping);
        return new KeyEntry(commonName, keys.getPrivate(), leaf, List.of(leaf, ca), null);
    }

    private X509Certificate issue(String subject, PublicKey key, boolean isCa, KeyPurposeId purpose) {
        try {
            X500Name subjectName = new X500Name(subject);
            X500Name issuer = isCa
                    ? subjectName
                    : X500Name.getInstance(ca.getSubjectX500Principal().getEncoded());
            X509v3CertificateBuilder builder = new X509v3CertificateBuilder(
                    issuer,
                    BigInteger.valueOf(serial.incrementAndGet()),
                    Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(365))),
                    subjectName,
                    SubjectPublicKeyInfo.getInstance(key.getEncoded()));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
            if (isCa) {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            } else {
                builder.addExtension(
                        Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
                builder.addExtension(
                        Extension.extendedKeyUsage,
                        purpose == KeyPurposeId.id_kp_timeStamping,
                        new ExtendedKeyUsage(purpose));
            }
            byte[] der = builder.build(Operators.contentSigner(caKeys.getPrivate(), null))
                    .getEncoded();
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (Exception e) {
            throw new IllegalStateException("cannot issue a test certificate for " + subject, e);
        }
    }
}

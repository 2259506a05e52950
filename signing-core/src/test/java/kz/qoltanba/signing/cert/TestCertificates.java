package kz.qoltanba.signing.cert;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v1CertificateBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Certificates generated at test time with Bouncy Castle, signed by a throw-away RSA issuer, for the cases
 * the NCA fixtures do not cover (foreign algorithms, missing fields, malformed extensions).
 */
final class TestCertificates {
    static final Instant NOT_BEFORE = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant NOT_AFTER = Instant.parse("2027-01-01T00:00:00Z");

    /** One issuer key for the whole test run: generating RSA keys is the slow part. Never modified. */
    private static final KeyPair ISSUER_KEYS = generateIssuerKeys();

    private final KeyPair issuerKeys = ISSUER_KEYS;
    private final X500Name issuer = new X500Name("CN=Test Issuer,C=KZ");
    private X500Name subject = new X500Name("CN=Test Subject");
    private SubjectPublicKeyInfo publicKey;
    private final List<Extension> extensions = new ArrayList<>();

    TestCertificates() {
        publicKey = SubjectPublicKeyInfo.getInstance(issuerKeys.getPublic().getEncoded());
    }

    private static KeyPair generateIssuerKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    TestCertificates subject(String rfc4514) {
        subject = new X500Name(rfc4514);
        return this;
    }

    TestCertificates subject(X500Name name) {
        subject = name;
        return this;
    }

    /** A subject key of the given algorithm; the key bits are filler, only the algorithm matters here. */
    TestCertificates keyAlgorithm(String oid, ASN1Encodable parameters) {
        publicKey = new SubjectPublicKeyInfo(
                new AlgorithmIdentifier(new ASN1ObjectIdentifier(oid), parameters), new byte[64]);
        return this;
    }

    TestCertificates extension(ASN1ObjectIdentifier oid, boolean critical, ASN1Encodable value) {
        try {
            extensions.add(new Extension(oid, critical, value.toASN1Primitive().getEncoded()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** An extension whose value is arbitrary bytes, e.g. not DER at all. */
    TestCertificates rawExtension(ASN1ObjectIdentifier oid, boolean critical, byte[] value) {
        extensions.add(new Extension(oid, critical, value));
        return this;
    }

    /** A version 3 certificate with the configured subject, key and extensions, as DER. */
    byte[] v3() throws Exception {
        X509v3CertificateBuilder builder = new X509v3CertificateBuilder(
                issuer, BigInteger.valueOf(0x0a0b0c), Date.from(NOT_BEFORE), Date.from(NOT_AFTER), subject, publicKey);
        for (Extension extension : extensions) {
            builder.addExtension(extension);
        }
        return builder.build(signer()).getEncoded();
    }

    /** A version 1 certificate (no extensions at all), as DER. */
    byte[] v1() throws Exception {
        return new X509v1CertificateBuilder(
                        issuer, BigInteger.ONE, Date.from(NOT_BEFORE), Date.from(NOT_AFTER), subject, publicKey)
                .build(signer())
                .getEncoded();
    }

    private ContentSigner signer() throws Exception {
        return new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate());
    }
}

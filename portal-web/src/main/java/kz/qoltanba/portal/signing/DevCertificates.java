package kz.qoltanba.portal.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.GostKeyPairs;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.algorithm.Operators;
import kz.qoltanba.signing.cert.KeyPurpose;
import kz.qoltanba.signing.devpki.DevPki;
import kz.qoltanba.signing.token.KeyEntry;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;

/**
 * Issues extra NCA-shaped certificates from a development PKI's issuing CA, for holders its fixed personas do
 * not cover. Revocation is published by CRL only (the PKI's OCSP responder does not know these serials), and
 * such a certificate cannot be revoked. <strong>Development and tests only.</strong>
 */
public final class DevCertificates {
    /** NCA role: individual. */
    public static final String INDIVIDUAL = "1.2.398.3.3.4.1.1";
    /** NCA role: legal entity. */
    public static final String LEGAL = "1.2.398.3.3.4.1.2";
    /** NCA role under a legal entity: first head. */
    public static final String HEAD = "1.2.398.3.3.4.1.2.1";
    /** NCA role under a legal entity: right to sign. */
    public static final String SIGNING_RIGHT = "1.2.398.3.3.4.1.2.2";
    /** NCA role under a legal entity: employee. */
    public static final String EMPLOYEE = "1.2.398.3.3.4.1.2.5";

    private DevCertificates() {}

    /**
     * @param purpose AUTH (clientAuth, digitalSignature + keyEncipherment) or SIGN (emailProtection,
     *     nonRepudiation)
     * @return the key with its chain: leaf, issuing CA, root
     */
    public static KeyEntry issue(
            DevPki pki, KeyAlgorithm algorithm, DevHolder holder, KeyPurpose purpose, Clock clock, SecureRandom random)
            throws SigningException {
        return issue(pki, algorithm, holder, purpose, holder.isLegal() ? HEAD : null, clock, random);
    }

    /**
     * As {@link #issue(DevPki, KeyAlgorithm, DevHolder, KeyPurpose, Clock, SecureRandom)} with the legal entity's
     * role of the holder ({@link #HEAD}, {@link #SIGNING_RIGHT}, {@link #EMPLOYEE}); ignored for an individual.
     */
    public static KeyEntry issue(
            DevPki pki,
            KeyAlgorithm algorithm,
            DevHolder holder,
            KeyPurpose purpose,
            String legalRole,
            Clock clock,
            SecureRandom random)
            throws SigningException {
        if (purpose == KeyPurpose.BOTH) {
            throw new IllegalArgumentException("purpose: AUTH or SIGN");
        }
        KeyEntry issuer = pki.intermediate(algorithm);
        KeyPair keys = keyPair(algorithm, random);
        SubjectPublicKeyInfo publicKey =
                SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded());
        SubjectPublicKeyInfo issuerKey = SubjectPublicKeyInfo.getInstance(
                issuer.certificate().getPublicKey().getEncoded());
        Instant now = clock.instant();
        byte[] serial = new byte[20];
        random.nextBytes(serial);
        serial[0] = (byte) ((serial[0] & 0x7f) | 0x10);
        X509v3CertificateBuilder builder = new X509v3CertificateBuilder(
                X500Name.getInstance(
                        issuer.certificate().getSubjectX500Principal().getEncoded()),
                new BigInteger(serial),
                Date.from(now.minus(Duration.ofDays(30))),
                Date.from(now.plus(Duration.ofDays(365))),
                subject(holder),
                publicKey);
        try {
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage(purpose, algorithm)));
            builder.addExtension(Extension.extendedKeyUsage, false, extendedKeyUsage(holder, purpose, legalRole));
            builder.addExtension(
                    Extension.cRLDistributionPoints,
                    false,
                    crl(pki.crlUrl(algorithm).toString()));
            builder.addExtension(
                    Extension.subjectKeyIdentifier,
                    false,
                    new SubjectKeyIdentifier(keyIdentifier(publicKey, algorithm)));
            builder.addExtension(
                    Extension.authorityKeyIdentifier,
                    false,
                    new AuthorityKeyIdentifier(subjectKeyIdentifier(issuer.certificate())));
            X509Certificate certificate = read(builder.build(Operators.contentSigner(issuer.privateKey(), null))
                    .getEncoded());
            String alias = HexFormat.of().formatHex(keyIdentifier(publicKey, algorithm));
            return new KeyEntry(
                    alias,
                    keys.getPrivate(),
                    certificate,
                    List.of(
                            certificate,
                            issuer.certificate(),
                            pki.root(algorithm).certificate()),
                    null);
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException("cannot build a development certificate: " + e.getMessage(), e);
        }
    }

    private static KeyPair keyPair(KeyAlgorithm algorithm, SecureRandom random) throws SigningException {
        if (algorithm.isGost()) {
            return GostKeyPairs.generate(algorithm, random);
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, random);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is missing from the JDK", e);
        }
    }

    private static X500Name subject(DevHolder holder) {
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE);
        name.addRDN(BCStyle.CN, holder.commonName());
        name.addRDN(BCStyle.SURNAME, holder.surname());
        name.addRDN(BCStyle.SERIALNUMBER, "IIN" + holder.iin());
        name.addRDN(BCStyle.C, "KZ");
        if (holder.isLegal()) {
            name.addRDN(BCStyle.O, holder.organisation());
            name.addRDN(BCStyle.OU, "BIN" + holder.bin());
        }
        if (holder.patronymic() != null) {
            name.addRDN(BCStyle.GIVENNAME, holder.patronymic());
        }
        return name.build();
    }

    private static int keyUsage(KeyPurpose purpose, KeyAlgorithm algorithm) {
        if (purpose == KeyPurpose.AUTH) {
            return KeyUsage.digitalSignature | KeyUsage.keyEncipherment;
        }
        return KeyUsage.digitalSignature | KeyUsage.nonRepudiation | (algorithm.isGost() ? KeyUsage.keyAgreement : 0);
    }

    private static ExtendedKeyUsage extendedKeyUsage(DevHolder holder, KeyPurpose purpose, String legalRole) {
        KeyPurposeId usage =
                purpose == KeyPurpose.AUTH ? KeyPurposeId.id_kp_clientAuth : KeyPurposeId.id_kp_emailProtection;
        if (!holder.isLegal()) {
            return new ExtendedKeyUsage(new KeyPurposeId[] {usage, role(INDIVIDUAL)});
        }
        if (legalRole == null || !legalRole.startsWith(LEGAL + ".")) {
            throw new IllegalArgumentException(
                    "legalRole: a role under " + LEGAL + " for a legal entity, got " + legalRole);
        }
        return new ExtendedKeyUsage(new KeyPurposeId[] {usage, role(LEGAL), role(legalRole)});
    }

    private static KeyPurposeId role(String oid) {
        return KeyPurposeId.getInstance(new ASN1ObjectIdentifier(oid));
    }

    private static CRLDistPoint crl(String url) {
        return new CRLDistPoint(new DistributionPoint[] {
            new DistributionPoint(
                    new DistributionPointName(
                            new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, url))),
                    null,
                    null)
        });
    }

    /** As NCA: SHA-1 of the whole SubjectPublicKeyInfo for RSA, of the public key bits for GOST. */
    private static byte[] keyIdentifier(SubjectPublicKeyInfo key, KeyAlgorithm algorithm) throws IOException {
        try {
            byte[] hashed = algorithm.isGost() ? key.getPublicKeyData().getOctets() : key.getEncoded("DER");
            return MessageDigest.getInstance("SHA-1").digest(hashed);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from the JDK", e);
        }
    }

    private static byte[] subjectKeyIdentifier(X509Certificate certificate) {
        byte[] value = certificate.getExtensionValue(Extension.subjectKeyIdentifier.getId());
        if (value == null) {
            throw new IllegalStateException("the issuing CA certificate has no subject key identifier");
        }
        return SubjectKeyIdentifier.getInstance(
                        ASN1OctetString.getInstance(value).getOctets())
                .getKeyIdentifier();
    }

    private static X509Certificate read(byte[] der) throws CertificateException {
        return (X509Certificate)
                CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }
}

package kz.qoltanba.portal.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.GostKeyPairs;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.algorithm.Operators;
import kz.qoltanba.signing.devpki.DevPki;
import kz.qoltanba.signing.token.KeyEntry;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
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
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;

/**
 * Issues the demo people's certificates that the dev PKI's fixed personas do not cover (a legal entity's
 * authentication key, a second organisation, a reviewer's organisation), under the dev PKI's intermediate CA, in
 * NCA's shape: subject CN/SURNAME/SERIALNUMBER=IIN…/C/O/OU=BIN…/GIVENNAME, key usage, EKU with the
 * {@code 1.2.398.3.3.4.1.x} roles, CRL distribution point of the dev PKI. Their revocation is answered by the CRL
 * (they are not on it); the dev OCSP responder does not know them, so they carry no OCSP pointer.
 */
final class DemoCertificates {
    static final String INDIVIDUAL = "1.2.398.3.3.4.1.1";
    static final String LEGAL = "1.2.398.3.3.4.1.2";
    static final String HEAD = "1.2.398.3.3.4.1.2.1";
    static final String SIGNING_RIGHT = "1.2.398.3.3.4.1.2.2";
    static final String EMPLOYEE = "1.2.398.3.3.4.1.2.5";

    /** Authentication (clientAuth) or signing (emailProtection). */
    enum Purpose {
        AUTH,
        SIGN
    }

    /** A holder as NCA writes it; organisation and BIN null for an individual. */
    record Holder(String surname, String firstName, String patronymic, String iin, String organisation, String bin) {
        String commonName() {
            return surname + " " + firstName;
        }
    }

    private final DevPki pki;
    private final Clock clock;
    private final SecureRandom random;

    DemoCertificates(DevPki pki, Clock clock, SecureRandom random) {
        this.pki = pki;
        this.clock = clock;
        this.random = random;
    }

    KeyEntry issue(KeyAlgorithm algorithm, Holder holder, Purpose purpose, List<String> roles)
            throws SigningException, IOException, GeneralSecurityException {
        KeyPair keys = keyPair(algorithm);
        KeyEntry issuer = pki.intermediate(algorithm);
        SubjectPublicKeyInfo subjectKey =
                SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded());
        X509CertificateHolder issuerHolder =
                new X509CertificateHolder(issuer.certificate().getEncoded());
        Instant now = clock.instant();
        X509v3CertificateBuilder builder = new X509v3CertificateBuilder(
                X500Name.getInstance(
                        issuer.certificate().getSubjectX500Principal().getEncoded()),
                serial(),
                Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(365))),
                name(holder),
                subjectKey);
        List<KeyPurposeId> purposes = new ArrayList<>();
        purposes.add(purpose == Purpose.AUTH ? KeyPurposeId.id_kp_clientAuth : KeyPurposeId.id_kp_emailProtection);
        roles.forEach(oid -> purposes.add(KeyPurposeId.getInstance(new ASN1ObjectIdentifier(oid))));
        builder.addExtension(
                Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purposes.toArray(KeyPurposeId[]::new)));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage(algorithm, purpose)));
        builder.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
            new DistributionPoint(
                    new DistributionPointName(new GeneralNames(new GeneralName(
                            GeneralName.uniformResourceIdentifier,
                            pki.crlUrl(algorithm).toString()))),
                    null,
                    null)
        }));
        builder.addExtension(
                Extension.subjectKeyIdentifier, false, new SubjectKeyIdentifier(keyId(algorithm, subjectKey)));
        builder.addExtension(
                Extension.authorityKeyIdentifier,
                false,
                new AuthorityKeyIdentifier(SubjectKeyIdentifier.fromExtensions(issuerHolder.getExtensions())
                        .getKeyIdentifier()));
        X509CertificateHolder signed = builder.build(Operators.contentSigner(issuer.privateKey(), null));
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(signed.getEncoded()));
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(certificate);
        chain.addAll(issuer.chain().isEmpty() ? List.of(issuer.certificate()) : issuer.chain());
        return new KeyEntry(
                HexFormat.of().formatHex(keyId(algorithm, subjectKey)), keys.getPrivate(), certificate, chain, null);
    }

    private KeyPair keyPair(KeyAlgorithm algorithm) throws GeneralSecurityException, SigningException {
        if (algorithm.isGost()) {
            return GostKeyPairs.generate(algorithm, random);
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, random);
        return generator.generateKeyPair();
    }

    private static int keyUsage(KeyAlgorithm algorithm, Purpose purpose) {
        if (purpose == Purpose.AUTH) {
            return KeyUsage.digitalSignature | KeyUsage.keyEncipherment;
        }
        return KeyUsage.digitalSignature | KeyUsage.nonRepudiation | (algorithm.isGost() ? KeyUsage.keyAgreement : 0);
    }

    private static X500Name name(Holder holder) {
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE);
        name.addRDN(BCStyle.CN, holder.commonName());
        name.addRDN(BCStyle.SURNAME, holder.surname());
        name.addRDN(BCStyle.SERIALNUMBER, "IIN" + holder.iin());
        name.addRDN(BCStyle.C, "KZ");
        if (holder.organisation() != null) {
            name.addRDN(BCStyle.O, holder.organisation());
            name.addRDN(BCStyle.OU, "BIN" + holder.bin());
        }
        name.addRDN(BCStyle.GIVENNAME, holder.patronymic());
        return name.build();
    }

    private BigInteger serial() {
        byte[] bytes = new byte[20];
        random.nextBytes(bytes);
        bytes[0] = (byte) ((bytes[0] & 0x7f) | 0x10);
        return new BigInteger(bytes);
    }

    /** As NCA: SHA-1 of the whole SubjectPublicKeyInfo for RSA, of the key bits only for GOST-2015. */
    private static byte[] keyId(KeyAlgorithm algorithm, SubjectPublicKeyInfo key)
            throws GeneralSecurityException, IOException {
        byte[] hashed = algorithm.isGost() ? key.getPublicKeyData().getOctets() : key.getEncoded("DER");
        return MessageDigest.getInstance("SHA-1").digest(hashed);
    }
}

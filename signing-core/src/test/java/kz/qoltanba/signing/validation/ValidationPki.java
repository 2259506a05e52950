package kz.qoltanba.signing.validation;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import kz.qoltanba.signing.algorithm.Operators;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A small RSA test PKI generated at test time around a fixed "now": a root (the trust anchor), a stranger
 * root, personas, a delegated OCSP responder, a TSA. Certificates name {@link #OCSP_URL} and
 * {@link #CRL_URL}, served by {@link FakeRevocationServer}.
 */
final class ValidationPki {
    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    static final String OCSP_URL = "http://ocsp.test.invalid/";
    static final String CRL_URL = "http://crl.test.invalid/ca.crl";
    static final String DELTA_URL = "http://crl.test.invalid/delta.crl";
    private static final Duration DAY = Duration.ofDays(1);

    private final AtomicLong serials = new AtomicLong(1000);
    final KeyPair rootKey = rsa();
    final X509Certificate root;
    final KeyPair strangerKey = rsa();
    final X509Certificate strangerRoot;
    final KeyPair leafKey = rsa();

    ValidationPki() throws Exception {
        root = issue(
                "CN=Test Root,O=Qoltanba,C=KZ", rootKey, new X500Name("CN=Test Root,O=Qoltanba,C=KZ"), rootKey, ca());
        strangerRoot =
                issue("CN=Stranger Root,C=KZ", strangerKey, new X500Name("CN=Stranger Root,C=KZ"), strangerKey, ca());
    }

    static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a certificate carries besides names and keys. */
    record Profile(
            Instant notBefore,
            Instant notAfter,
            boolean ca,
            int keyUsage,
            List<KeyPurposeId> eku,
            boolean urls,
            int pathLength) {}

    static Profile ca() {
        return new Profile(
                NOW.minus(DAY.multipliedBy(3650)),
                NOW.plus(DAY.multipliedBy(3650)),
                true,
                KeyUsage.keyCertSign | KeyUsage.cRLSign,
                List.of(),
                false,
                -1);
    }

    /** A CA that may have at most {@code pathLength} CA certificates below it. */
    static Profile ca(int pathLength) {
        Profile p = ca();
        return new Profile(p.notBefore(), p.notAfter(), true, p.keyUsage(), p.eku(), false, pathLength);
    }

    static Profile signing() {
        return new Profile(
                NOW.minus(DAY.multipliedBy(30)),
                NOW.plus(DAY.multipliedBy(335)),
                false,
                KeyUsage.digitalSignature | KeyUsage.nonRepudiation,
                List.of(KeyPurposeId.id_kp_emailProtection),
                true,
                -1);
    }

    static Profile signing(Instant notBefore, Instant notAfter) {
        Profile p = signing();
        return new Profile(notBefore, notAfter, p.ca(), p.keyUsage(), p.eku(), p.urls(), -1);
    }

    static Profile auth() {
        return new Profile(
                NOW.minus(DAY.multipliedBy(30)),
                NOW.plus(DAY.multipliedBy(335)),
                false,
                KeyUsage.digitalSignature | KeyUsage.keyEncipherment,
                List.of(KeyPurposeId.id_kp_clientAuth),
                true,
                -1);
    }

    static Profile responder(boolean withOcspSigning) {
        return new Profile(
                NOW.minus(DAY.multipliedBy(30)),
                NOW.plus(DAY.multipliedBy(335)),
                false,
                KeyUsage.digitalSignature,
                withOcspSigning ? List.of(KeyPurposeId.id_kp_OCSPSigning) : List.of(KeyPurposeId.id_kp_clientAuth),
                false,
                -1);
    }

    static Profile tsa() {
        return new Profile(
                NOW.minus(DAY.multipliedBy(3000)),
                NOW.plus(DAY.multipliedBy(3000)),
                false,
                KeyUsage.digitalSignature,
                List.of(KeyPurposeId.id_kp_timeStamping),
                false,
                -1);
    }

    X509Certificate issueByRoot(String subject, KeyPair subjectKey, Profile profile) throws Exception {
        return issue(subject, subjectKey, nameOf(root), rootKey, profile);
    }

    static X500Name nameOf(X509Certificate certificate) {
        return X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    }

    X509Certificate issue(String subject, KeyPair subjectKey, X500Name issuer, KeyPair issuerKey, Profile profile)
            throws Exception {
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        X509v3CertificateBuilder builder = new X509v3CertificateBuilder(
                issuer,
                BigInteger.valueOf(serials.incrementAndGet()),
                Date.from(profile.notBefore()),
                Date.from(profile.notAfter()),
                new X500Name(subject),
                SubjectPublicKeyInfo.getInstance(subjectKey.getPublic().getEncoded()));
        builder.addExtension(
                Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(subjectKey.getPublic()));
        builder.addExtension(
                Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(issuerKey.getPublic()));
        builder.addExtension(
                Extension.basicConstraints,
                true,
                profile.pathLength() >= 0
                        ? new BasicConstraints(profile.pathLength())
                        : new BasicConstraints(profile.ca()));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(profile.keyUsage()));
        if (!profile.eku().isEmpty()) {
            boolean critical = profile.eku().contains(KeyPurposeId.id_kp_timeStamping);
            builder.addExtension(
                    Extension.extendedKeyUsage,
                    critical,
                    new ExtendedKeyUsage(profile.eku().toArray(KeyPurposeId[]::new)));
        }
        if (profile.urls()) {
            builder.addExtension(
                    Extension.authorityInfoAccess,
                    false,
                    new AuthorityInformationAccess(AccessDescription.id_ad_ocsp, uri(OCSP_URL)));
            builder.addExtension(Extension.cRLDistributionPoints, false, distributionPoint(CRL_URL));
        }
        X509CertificateHolder holder = builder.build(Operators.contentSigner(issuerKey.getPrivate(), null));
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
    }

    private static GeneralName uri(String url) {
        return new GeneralName(GeneralName.uniformResourceIdentifier, url);
    }

    private static CRLDistPoint distributionPoint(String url) {
        return new CRLDistPoint(new DistributionPoint[] {
            new DistributionPoint(new DistributionPointName(new GeneralNames(uri(url))), null, null)
        });
    }

    /** A CRL of the root; {@code revoked} maps serials to revocation times; delta when baseNumber != null. */
    X509CRL crl(Instant thisUpdate, Instant nextUpdate, Map<BigInteger, Instant> revoked, long number, Long baseNumber)
            throws Exception {
        X509v2CRLBuilder builder = new X509v2CRLBuilder(
                X500Name.getInstance(root.getSubjectX500Principal().getEncoded()), Date.from(thisUpdate));
        builder.setNextUpdate(Date.from(nextUpdate));
        revoked.forEach((serial, at) -> builder.addCRLEntry(serial, Date.from(at), 1));
        builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(number)));
        if (baseNumber != null) {
            builder.addExtension(Extension.deltaCRLIndicator, true, new CRLNumber(BigInteger.valueOf(baseNumber)));
        } else {
            builder.addExtension(Extension.freshestCRL, false, distributionPoint(DELTA_URL));
        }
        byte[] der = builder.build(Operators.contentSigner(rootKey.getPrivate(), null))
                .getEncoded();
        return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
    }

    /** A CMS signed with SHA256withRSA, signingTime as given; attached or detached. */
    static CMSSignedData sign(
            byte[] content, KeyPair key, X509Certificate certificate, Instant signingTime, boolean attached)
            throws Exception {
        return sign(content, key, certificate, signingTime, attached, List.of(certificate));
    }

    /** As {@link #sign}, also embedding {@code embedded} and any {@code extra} signed attributes. */
    static CMSSignedData sign(
            byte[] content,
            KeyPair key,
            X509Certificate certificate,
            Instant signingTime,
            boolean attached,
            List<X509Certificate> embedded,
            Attribute... extra)
            throws Exception {
        org.bouncycastle.asn1.ASN1EncodableVector attributes = new org.bouncycastle.asn1.ASN1EncodableVector();
        attributes.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(signingTime)))));
        for (Attribute attribute : extra) {
            attributes.add(attribute);
        }
        AttributeTable signed = new AttributeTable(attributes);
        SignerInfoGenerator signer = new SignerInfoGeneratorBuilder(Operators.digestCalculatorProvider())
                .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(signed))
                .build(
                        Operators.contentSigner(key.getPrivate(), null),
                        new X509CertificateHolder(certificate.getEncoded()));
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(signer);
        generator.addCertificates(new JcaCertStore(embedded));
        return generator.generate(new CMSProcessableByteArray(content), attached);
    }

    /** Adds a signature-time-stamp over {@code imprintOf} (normally the signature value itself). */
    static CMSSignedData timestamp(
            CMSSignedData cms, KeyPair tsaKey, X509Certificate tsaCertificate, Instant genTime, byte[] imprintOf)
            throws Exception {
        SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
        byte[] data = imprintOf != null ? imprintOf : signer.getSignature();
        byte[] imprint = MessageDigest.getInstance("SHA-256").digest(data);
        TimeStampTokenGenerator generator = new TimeStampTokenGenerator(
                new SignerInfoGeneratorBuilder(Operators.digestCalculatorProvider())
                        .build(
                                Operators.contentSigner(tsaKey.getPrivate(), null),
                                new X509CertificateHolder(tsaCertificate.getEncoded())),
                Operators.digestCalculatorProvider().get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                new ASN1ObjectIdentifier("1.2.398.3.3.2.6.4"));
        generator.addCertificates(new JcaCertStore(List.of(tsaCertificate)));
        TimeStampRequestGenerator request = new TimeStampRequestGenerator();
        request.setCertReq(true);
        TimeStampToken token = generator.generate(
                request.generate(TSPAlgorithms.SHA256, imprint), BigInteger.valueOf(7), Date.from(genTime));
        AttributeTable unsigned = new AttributeTable(new Attribute(
                PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                new DERSet(token.toCMSSignedData().toASN1Structure())));
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, unsigned);
        return CMSSignedData.replaceSigners(cms, new SignerInformationStore(stamped));
    }
}

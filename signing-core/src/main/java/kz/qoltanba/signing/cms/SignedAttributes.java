package kz.qoltanba.signing.cms;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import kz.qoltanba.signing.MalformedInputException;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAlgorithmProtection;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;

/**
 * The signed attributes of a new signer (step one, "data to sign"): contentType, signingTime,
 * messageDigest, signingCertificateV2 (ESSCertIDv2 with SHA-256, RFC 5035's default) and, where the
 * profile calls for it, cmsAlgorithmProtection.
 */
final class SignedAttributes {
    private SignedAttributes() {}

    static ASN1Set build(
            SignerProfile profile,
            ASN1ObjectIdentifier contentType,
            byte[] contentDigest,
            X509Certificate signer,
            Instant time)
            throws MalformedInputException {
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(attribute(CMSAttributes.contentType, contentType));
        attributes.add(attribute(CMSAttributes.signingTime, new Time(Date.from(time.truncatedTo(ChronoUnit.SECONDS)))));
        attributes.add(attribute(CMSAttributes.messageDigest, new DEROctetString(contentDigest)));
        attributes.add(attribute(
                PKCSObjectIdentifiers.id_aa_signingCertificateV2, new SigningCertificateV2(essCertId(signer))));
        if (profile.algorithmProtection()) {
            attributes.add(attribute(
                    CMSAttributes.cmsAlgorithmProtect,
                    new CMSAlgorithmProtection(
                            profile.digestAlgorithm(),
                            CMSAlgorithmProtection.SIGNATURE,
                            profile.signatureAlgorithm())));
        }
        return new DERSet(attributes);
    }

    private static Attribute attribute(ASN1ObjectIdentifier type, org.bouncycastle.asn1.ASN1Encodable value) {
        return new Attribute(type, new DERSet(value));
    }

    private static ESSCertIDv2 essCertId(X509Certificate signer) throws MalformedInputException {
        try {
            byte[] encoded = signer.getEncoded();
            Certificate certificate = Certificate.getInstance(encoded);
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(encoded);
            IssuerSerial issuerSerial = new IssuerSerial(
                    new GeneralNames(new GeneralName(certificate.getIssuer())),
                    certificate.getSerialNumber().getValue());
            return new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash, issuerSerial);
        } catch (CertificateEncodingException | IllegalArgumentException e) {
            throw new MalformedInputException("cannot encode the signer certificate: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    /** The DER bytes that are signed: the attributes as a SET OF (RFC 5652 §5.4). */
    static byte[] toBeSigned(ASN1Set attributes) {
        try {
            return attributes.getEncoded(org.bouncycastle.asn1.ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode signed attributes", e);
        }
    }
}

package kz.qoltanba.signing.cms;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAlgorithmProtection;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;

/**
 * The signed attributes of a new signer (step one, "data to sign"): contentType, signingTime,
 * messageDigest, signingCertificateV2 (ESSCertIDv2 with SHA-256, RFC 5035's default, made once per key by
 * {@link SignerParts}) and, where the
 * profile calls for it, cmsAlgorithmProtection.
 */
final class SignedAttributes {
    private SignedAttributes() {}

    static ASN1Set build(
            SignerProfile profile,
            ASN1ObjectIdentifier contentType,
            byte[] contentDigest,
            SigningCertificateV2 signingCertificate,
            Instant time) {
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(attribute(CMSAttributes.contentType, contentType));
        attributes.add(attribute(CMSAttributes.signingTime, new Time(Date.from(time.truncatedTo(ChronoUnit.SECONDS)))));
        attributes.add(attribute(CMSAttributes.messageDigest, new DEROctetString(contentDigest)));
        attributes.add(attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, signingCertificate));
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

    /** The DER bytes that are signed: the attributes as a SET OF (RFC 5652 §5.4). */
    static byte[] toBeSigned(ASN1Set attributes) {
        try {
            return attributes.getEncoded(org.bouncycastle.asn1.ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode signed attributes", e);
        }
    }
}

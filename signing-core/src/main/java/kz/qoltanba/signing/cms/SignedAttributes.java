package kz.qoltanba.signing.cms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Locale;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.ASN1UTCTime;
import org.bouncycastle.asn1.BERTags;
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
    private static final DateTimeFormatter UTC_TIME =
            DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private SignedAttributes() {}

    static ASN1Set build(
            SignerProfile profile,
            ASN1ObjectIdentifier contentType,
            byte[] contentDigest,
            SigningCertificateV2 signingCertificate,
            Instant time) {
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(attribute(CMSAttributes.contentType, contentType));
        attributes.add(attribute(CMSAttributes.signingTime, signingTime(time)));
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

    /**
     * The signingTime value, to the second: UTCTime from 1950 to 2049, GeneralizedTime otherwise (RFC 5652
     * §11.3), the same value Bouncy Castle's {@code new Time(Date)} gives. UTCTime is encoded here directly,
     * without the two date-format objects that constructor makes for every signature.
     */
    static Time signingTime(Instant time) {
        Instant seconds = time.truncatedTo(ChronoUnit.SECONDS);
        int year = seconds.atOffset(ZoneOffset.UTC).getYear();
        if (year < 1950 || year > 2049) {
            return new Time(Date.from(seconds));
        }
        byte[] text = UTC_TIME.format(seconds).getBytes(StandardCharsets.US_ASCII);
        byte[] der = new byte[text.length + 2];
        der[0] = BERTags.UTC_TIME;
        der[1] = (byte) text.length;
        System.arraycopy(text, 0, der, 2, text.length);
        return Time.getInstance(ASN1UTCTime.getInstance(der));
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

package kz.qoltanba.signing.cms;

import java.io.IOException;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.tsp.TimestampClient;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DLSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;

/** CAdES-T: the unsigned attribute id-aa-signatureTimeStampToken over a SignerInfo's signature value. */
final class SignatureTimestamps {
    private SignatureTimestamps() {}

    static boolean hasTimestamp(SignerInfo signer) {
        ASN1Set unsigned = signer.getUnauthenticatedAttributes();
        if (unsigned == null) {
            return false;
        }
        for (var element : unsigned) {
            if (PKCSObjectIdentifiers.id_aa_signatureTimeStampToken.equals(
                    Attribute.getInstance(element).getAttrType())) {
                return true;
            }
        }
        return false;
    }

    static SignerInfo withTimestamp(SignerInfo signer, TimestampClient client) throws SigningException {
        byte[] token = client.timestamp(signer.getEncryptedDigest().getOctets());
        ContentInfo tokenInfo;
        try {
            tokenInfo = ContentInfo.getInstance(ASN1Primitive.fromByteArray(token));
        } catch (IOException | RuntimeException e) {
            throw new MalformedInputException("the time-stamp token is not a CMS ContentInfo", e);
        }
        ASN1EncodableVector unsigned = new ASN1EncodableVector();
        if (signer.getUnauthenticatedAttributes() != null) {
            signer.getUnauthenticatedAttributes().forEach(unsigned::add);
        }
        unsigned.add(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken, new DERSet(tokenInfo)));
        return new SignerInfo(
                signer.getSID(),
                signer.getDigestAlgorithm(),
                signer.getAuthenticatedAttributes(),
                signer.getDigestEncryptionAlgorithm(),
                signer.getEncryptedDigest(),
                new DLSet(unsigned));
    }
}

package kz.qoltanba.bundle.nursign;

import java.io.IOException;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.tsp.TimestampClient;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DLSequence;
import org.bouncycastle.asn1.DLSet;
import org.bouncycastle.asn1.DLTaggedObject;

/**
 * Adds an RFC 3161 signature time-stamp (CAdES-T, attribute id-aa-signatureTimeStampToken over the signature
 * value) to every signer of a CMS SignedData that has no unsigned attributes yet. Works on the generic ASN.1
 * structure, so the module needs only the Bouncy Castle packages the host exports; everything else of the
 * SignedData is kept byte for byte in order.
 */
final class CmsTimestamps {
    private static final ASN1ObjectIdentifier SIGNATURE_TIMESTAMP =
            new ASN1ObjectIdentifier("1.2.840.113549.1.9.16.2.14");

    private CmsTimestamps() {}

    static byte[] add(byte[] contentInfoDer, TimestampClient tsa) throws SigningException, IOException {
        ASN1Sequence contentInfo = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(contentInfoDer));
        ASN1TaggedObject wrapped = ASN1TaggedObject.getInstance(contentInfo.getObjectAt(1));
        ASN1Sequence signedData = ASN1Sequence.getInstance(wrapped.getExplicitBaseObject());
        int last = signedData.size() - 1;
        ASN1Set signers = ASN1Set.getInstance(signedData.getObjectAt(last));
        ASN1EncodableVector stamped = new ASN1EncodableVector();
        for (ASN1Encodable signer : signers) {
            stamped.add(stamp(ASN1Sequence.getInstance(signer), tsa));
        }
        ASN1EncodableVector data = new ASN1EncodableVector();
        for (int i = 0; i < last; i++) {
            data.add(signedData.getObjectAt(i));
        }
        data.add(new DLSet(stamped));
        ASN1EncodableVector info = new ASN1EncodableVector();
        info.add(contentInfo.getObjectAt(0));
        info.add(new DLTaggedObject(true, 0, new DLSequence(data)));
        return new DLSequence(info).getEncoded(ASN1Encoding.DL);
    }

    private static ASN1Sequence stamp(ASN1Sequence signer, TimestampClient tsa) throws SigningException, IOException {
        ASN1Encodable lastField = signer.getObjectAt(signer.size() - 1);
        if (lastField instanceof ASN1TaggedObject) {
            return signer; // already has unsigned attributes
        }
        byte[] signature = ASN1OctetString.getInstance(lastField).getOctets();
        ASN1Primitive token = ASN1Primitive.fromByteArray(tsa.timestamp(signature));
        ASN1EncodableVector attribute = new ASN1EncodableVector();
        attribute.add(SIGNATURE_TIMESTAMP);
        attribute.add(new DLSet(token));
        ASN1EncodableVector fields = new ASN1EncodableVector();
        signer.forEach(fields::add);
        fields.add(new DLTaggedObject(false, 1, new DLSet(new DLSequence(attribute))));
        return new DLSequence(fields);
    }
}

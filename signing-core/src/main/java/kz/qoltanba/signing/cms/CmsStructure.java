package kz.qoltanba.signing.cms;

import java.io.IOException;
import kz.qoltanba.signing.MalformedInputException;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;

/** Reading and writing the outer ContentInfo of a SignedData; every decoding failure is typed. */
final class CmsStructure {
    private CmsStructure() {}

    /** The SignedData of a CMS given as DER, PEM or base64. */
    static SignedData parse(byte[] input) throws MalformedInputException {
        byte[] der = CmsEncoding.decode(input);
        ContentInfo info;
        try {
            info = ContentInfo.getInstance(ASN1Primitive.fromByteArray(der));
        } catch (IOException | RuntimeException e) {
            throw new MalformedInputException("not a CMS structure (truncated or garbage DER): " + e.getMessage(), e);
        }
        if (info == null || !CMSObjectIdentifiers.signedData.equals(info.getContentType())) {
            throw new MalformedInputException("the CMS is not SignedData"
                    + (info == null ? "" : " but " + info.getContentType().getId()));
        }
        try {
            SignedData signedData = SignedData.getInstance(info.getContent());
            signedData.getSignerInfos().forEach(org.bouncycastle.asn1.cms.SignerInfo::getInstance);
            return signedData;
        } catch (RuntimeException e) {
            throw new MalformedInputException("malformed SignedData: " + e.getMessage(), e);
        }
    }

    /** The attached content, or null when the SignedData is detached. */
    static byte[] attachedContent(SignedData signedData) throws MalformedInputException {
        if (signedData.getEncapContentInfo().getContent() == null) {
            return null;
        }
        try {
            return ASN1OctetString.getInstance(signedData.getEncapContentInfo().getContent())
                    .getOctets();
        } catch (RuntimeException e) {
            throw new MalformedInputException("the encapsulated content is not an OCTET STRING", e);
        }
    }

    /**
     * Definite-length encoding that keeps every existing element as it was read (DL), so existing
     * signers' signed attributes and certificates keep their exact bytes.
     */
    static byte[] encode(SignedData signedData) {
        try {
            return new ContentInfo(CMSObjectIdentifiers.signedData, signedData).getEncoded(ASN1Encoding.DL);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode SignedData", e);
        }
    }
}

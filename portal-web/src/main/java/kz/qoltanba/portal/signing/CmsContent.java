package kz.qoltanba.portal.signing;

import java.security.MessageDigest;
import java.util.Base64;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSTypedData;

/** V2 for CMS: one signer, content attached and byte-identical to what was issued. */
final class CmsContent {
    private CmsContent() {}

    /** The DER of a base64 CMS as the bridge returns it. */
    static byte[] decode(String signed) throws SignatureRejectedException {
        String text = signed.strip();
        if (text.startsWith("-----BEGIN")) {
            text = text.replaceAll("-----[A-Z0-9 #]+-----", "");
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(text.replaceAll("\\s", ""));
            if (der.length == 0 || der[0] != 0x30) {
                throw Rejection.SIG_INVALID.exception("the signature does not decode to a DER structure");
            }
            return der;
        } catch (IllegalArgumentException e) {
            throw Rejection.SIG_INVALID.exception("the signature is not base64: " + e.getMessage());
        }
    }

    static void requireIssuedContent(byte[] der, byte[] issued) throws SignatureRejectedException {
        CMSSignedData data;
        try {
            data = new CMSSignedData(der);
        } catch (CMSException | RuntimeException e) {
            throw Rejection.SIG_INVALID.exception("not a CMS SignedData: " + e.getMessage());
        }
        int signers = data.getSignerInfos().size();
        if (signers != 1) {
            throw Rejection.SIG_CONTENT_MISMATCH.exception("expected exactly one signer, found " + signers);
        }
        CMSTypedData content = data.getSignedContent();
        if (content == null || !(content.getContent() instanceof byte[] bytes)) {
            throw Rejection.SIG_CONTENT_MISMATCH.exception("the CMS carries no attached content");
        }
        if (!MessageDigest.isEqual(bytes, issued)) {
            throw Rejection.SIG_CONTENT_MISMATCH.exception("the signed content (" + bytes.length
                    + " bytes) differs from the issued one (" + issued.length + " bytes)");
        }
    }
}

package kz.qoltanba.portal.signing;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A stored signed document.
 *
 * @param docType the document type as the envelope names it (spec §6.2/§6.3; XML: the object type in upper case)
 * @param docId the document id as the envelope names it (XML: the object id)
 * @param signedBytes the DER CMS (content attached) or the signed XML document
 * @param content the bytes that were issued for signing (the envelope or the XML without signature)
 * @param reportJson the verification report as it was when the signature was accepted
 */
public record SignedDocument(
        long id,
        UUID requestId,
        String action,
        String docType,
        String docId,
        String objectType,
        String objectId,
        long objectVersion,
        String format,
        byte[] signedBytes,
        byte[] content,
        SignerIdentity signer,
        String signerIssuer,
        String signerAlgorithm,
        Optional<Instant> timestampTime,
        String reportJson,
        Instant verifiedAt,
        Instant createdAt) {

    /** {@code .cms} or {@code .xml}. */
    public String fileExtension() {
        return "cms".equals(format) ? ".cms" : ".xml";
    }

    /** {@code application/pkcs7-mime} or {@code application/xml}. */
    public String mediaType() {
        return "cms".equals(format) ? "application/pkcs7-mime" : "application/xml";
    }
}

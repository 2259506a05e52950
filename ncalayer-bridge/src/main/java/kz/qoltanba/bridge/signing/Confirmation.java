package kz.qoltanba.bridge.signing;

import java.util.Objects;
import kz.qoltanba.bridge.spi.SignatureFormat;

/**
 * What the confirmation shows before signing.
 *
 * @param origin the verified page origin (show prominently)
 * @param format what is produced
 * @param documentCount how many documents are signed with one confirmation
 * @param totalBytes the documents' total size in bytes
 * @param xmlPreview for XML: the beginning of the first document (at most {@value #PREVIEW_CHARS} characters),
 *     else null
 * @param timestamp whether an RFC 3161 timestamp is added
 * @param signer the chosen certificate
 * @param logo the page's logo image bytes to show as a small icon, or null
 */
public record Confirmation(
        String origin,
        SignatureFormat format,
        int documentCount,
        long totalBytes,
        String xmlPreview,
        boolean timestamp,
        KeyCandidate signer,
        byte[] logo) {
    /** The longest XML preview. */
    public static final int PREVIEW_CHARS = 2000;

    public Confirmation {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(signer, "signer");
        logo = logo == null ? null : logo.clone();
    }

    /** A confirmation without a logo. */
    public Confirmation(
            String origin,
            SignatureFormat format,
            int documentCount,
            long totalBytes,
            String xmlPreview,
            boolean timestamp,
            KeyCandidate signer) {
        this(origin, format, documentCount, totalBytes, xmlPreview, timestamp, signer, null);
    }

    /** The logo's bytes (a copy), or null. */
    @Override
    public byte[] logo() {
        return logo == null ? null : logo.clone();
    }
}

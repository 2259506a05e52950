package kz.qoltanba.bridge.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import kz.qoltanba.bridge.spi.SignatureFormat;

/**
 * What the confirmation dialog shows: the verified origin of the page, what is signed and who signs.
 *
 * @param verifiedOrigin the page origin as the host verified it (never a value the page claims elsewhere)
 * @param format what is produced
 * @param documentCount how many documents are signed with one confirmation
 * @param totalBytes their total size
 * @param xmlPreview the beginning of the first XML document, or null when not XML
 * @param signer the chosen certificate
 */
public record Confirmation(
        String verifiedOrigin,
        SignatureFormat format,
        int documentCount,
        long totalBytes,
        String xmlPreview,
        SignerSummary signer) {
    /** How much of an XML document the preview shows. */
    static final int PREVIEW_CHARACTERS = 4000;

    public Confirmation {
        Objects.requireNonNull(verifiedOrigin, "verifiedOrigin");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(signer, "signer");
    }

    /** Describes {@code documents}; for XML the first document's beginning becomes the preview. */
    public static Confirmation of(
            String verifiedOrigin, SignatureFormat format, List<byte[]> documents, SignerSummary signer) {
        long total = documents.stream().mapToLong(document -> document.length).sum();
        String preview = null;
        if (format == SignatureFormat.XML && !documents.isEmpty()) {
            String text = new String(documents.get(0), StandardCharsets.UTF_8);
            preview = text.length() > PREVIEW_CHARACTERS ? text.substring(0, PREVIEW_CHARACTERS) + "\n…" : text;
        }
        return new Confirmation(verifiedOrigin, format, documents.size(), total, preview, signer);
    }
}

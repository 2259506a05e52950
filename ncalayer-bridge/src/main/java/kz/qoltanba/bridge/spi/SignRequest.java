package kz.qoltanba.bridge.spi;

import java.util.List;
import java.util.Objects;

/**
 * Asks the host to have the user choose a key and sign every document with it (one choice for all).
 *
 * @param origin the verified page origin, shown in the confirmation
 * @param connectionId the socket the request came from
 * @param format what to produce
 * @param documents the documents (or digests, for {@link SignatureFormat#CMS_OVER_DIGEST})
 * @param filter which certificates may be chosen
 * @param encapsulate for CMS: include the content (attached)
 * @param timestamp add an RFC 3161 signature timestamp
 * @param locale language of the dialogs: {@code kk}, {@code ru} or {@code en}
 * @param preferredKeys key locations (as {@link SignResult#keyLocation()} gave them) the key choice offers
 *     first, most recent first; a module keeps its own list of recently used keys this way
 */
public record SignRequest(
        String origin,
        String connectionId,
        SignatureFormat format,
        List<byte[]> documents,
        KeyFilter filter,
        boolean encapsulate,
        boolean timestamp,
        String locale,
        List<String> preferredKeys) {
    public SignRequest {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(filter, "filter");
        documents = List.copyOf(documents);
        preferredKeys = preferredKeys == null ? List.of() : List.copyOf(preferredKeys);
    }

    /** A request without preferred keys (the host's own recent keys come first). */
    public SignRequest(
            String origin,
            String connectionId,
            SignatureFormat format,
            List<byte[]> documents,
            KeyFilter filter,
            boolean encapsulate,
            boolean timestamp,
            String locale) {
        this(origin, connectionId, format, documents, filter, encapsulate, timestamp, locale, List.of());
    }

    @Override
    public String toString() {
        return "SignRequest[origin=" + origin + ", format=" + format + ", documents=" + documents.size() + "]";
    }
}

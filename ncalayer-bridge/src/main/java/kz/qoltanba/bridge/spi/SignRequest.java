package kz.qoltanba.bridge.spi;

import java.util.ArrayList;
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
 * @param digestSources for {@link SignatureFormat#CMS_OVER_DIGEST} only, optional (empty: none): one source per
 *     document, in order, that the host asks for the digest in the chosen key's own digest algorithm instead of
 *     taking the document itself as the digest; the documents stay the precomputed SHA-256 digests (shown in the
 *     confirmation). Since 0.3.
 * @param logo an image (PNG, JPEG, GIF or BMP bytes) the page sent to be shown in the confirmation as a small
 *     icon, or null; the host shows it only beside the verified origin, never instead of it. Since 0.3.
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
        List<String> preferredKeys,
        List<DigestSource> digestSources,
        byte[] logo) {
    public SignRequest {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(filter, "filter");
        documents = List.copyOf(documents);
        preferredKeys = preferredKeys == null ? List.of() : List.copyOf(preferredKeys);
        digestSources = checkedSources(format, documents.size(), digestSources);
        logo = logo == null ? null : logo.clone();
    }

    /** A request without a logo. */
    public SignRequest(
            String origin,
            String connectionId,
            SignatureFormat format,
            List<byte[]> documents,
            KeyFilter filter,
            boolean encapsulate,
            boolean timestamp,
            String locale,
            List<String> preferredKeys,
            List<DigestSource> digestSources) {
        this(
                origin,
                connectionId,
                format,
                documents,
                filter,
                encapsulate,
                timestamp,
                locale,
                preferredKeys,
                digestSources,
                null);
    }

    /** The logo's bytes (a copy), or null. */
    @Override
    public byte[] logo() {
        return logo == null ? null : logo.clone();
    }

    /** The same request with a logo to show in the confirmation. */
    public SignRequest withLogo(byte[] image) {
        return new SignRequest(
                origin,
                connectionId,
                format,
                documents,
                filter,
                encapsulate,
                timestamp,
                locale,
                preferredKeys,
                digestSources,
                image);
    }

    /** A request whose documents are signed as given (no digest sources). */
    public SignRequest(
            String origin,
            String connectionId,
            SignatureFormat format,
            List<byte[]> documents,
            KeyFilter filter,
            boolean encapsulate,
            boolean timestamp,
            String locale,
            List<String> preferredKeys) {
        this(origin, connectionId, format, documents, filter, encapsulate, timestamp, locale, preferredKeys, List.of());
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

    private static List<DigestSource> checkedSources(
            SignatureFormat format, int documentCount, List<DigestSource> sources) {
        if (sources == null || sources.isEmpty()) {
            return List.of();
        }
        if (format != SignatureFormat.CMS_OVER_DIGEST) {
            throw new IllegalArgumentException("digestSources are only for CMS_OVER_DIGEST, not for " + format);
        }
        if (sources.size() != documentCount) {
            throw new IllegalArgumentException("digestSources has " + sources.size() + " entries for " + documentCount
                    + " documents; it needs one per document");
        }
        List<DigestSource> copy = new ArrayList<>(sources.size());
        for (int i = 0; i < sources.size(); i++) {
            copy.add(Objects.requireNonNull(sources.get(i), "digestSources[" + i + "] is null"));
        }
        return List.copyOf(copy);
    }

    @Override
    public String toString() {
        return "SignRequest[origin=" + origin + ", format=" + format + ", documents=" + documents.size() + "]";
    }
}

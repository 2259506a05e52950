package kz.qoltanba.bridge.catalog;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A verified module catalog: when the publisher issued it, where the next catalog is fetched, and the modules.
 * Instances come only from a catalog whose signature was verified, or from the one that signs it.
 */
public record Catalog(Instant issued, Optional<URI> next, List<CatalogEntry> modules) {
    public Catalog {
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(next, "next");
        modules = List.copyOf(modules);
    }

    /** The entry for this symbolic name, if listed. */
    public Optional<CatalogEntry> entry(String symbolicName) {
        return modules.stream()
                .filter(entry -> entry.symbolicName().equals(symbolicName))
                .findFirst();
    }

    /** The entry whose jar has exactly this SHA-256, if any. */
    public Optional<CatalogEntry> entryWithHash(String sha256) {
        return modules.stream().filter(entry -> entry.sha256().equals(sha256)).findFirst();
    }
}

package kz.qoltanba.bridge.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * {@code <home>/ncalayer.der}: read and verified on every use (a user may replace it by hand), replaced only by a
 * catalog that verifies and was not issued before the current one.
 */
final class CatalogFile {
    /** The ways to get a catalog, for messages. */
    static final String WAYS = "set catalog.url=URL in bridge.properties (then use \"Download updates\" in the module"
            + " manager), run 'qoltanba-bridge modules update --catalog-url URL', or place a signed ncalayer.der"
            + " there by hand";

    private final Path file;
    private final SignedCatalogReader reader;

    CatalogFile(Path file, SignedCatalogReader reader) {
        this.file = file;
        this.reader = reader;
    }

    /** The verified catalog, or empty when there is no file. */
    Optional<Catalog> current() throws CatalogException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CatalogUnavailableException("The catalog " + file + " cannot be read: " + e.getMessage(), e);
        }
        return Optional.of(reader.read(bytes));
    }

    Catalog require() throws CatalogException {
        return current().orElseThrow(() -> new CatalogUnavailableException(missing()));
    }

    /** Why there is no catalog and how to get one. */
    String missing() {
        return "There is no module catalog at " + file + "; to get one, " + WAYS;
    }

    /** Verifies {@code unverified}, refuses a rollback, and stores it in place of the current catalog. */
    Catalog replace(byte[] unverified) throws CatalogException {
        Catalog offered = reader.read(unverified);
        Optional<Catalog> existing;
        try {
            existing = current();
        } catch (UntrustedCatalogException | MalformedCatalogException e) {
            existing = Optional.empty();
        }
        if (existing.isPresent() && offered.issued().isBefore(existing.get().issued())) {
            throw new StaleCatalogException("The offered catalog was issued at " + offered.issued()
                    + ", before the installed one (" + existing.get().issued() + ")");
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".catalog-", ".tmp");
            try {
                Files.write(temporary, unverified);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new CatalogUnavailableException("The catalog cannot be stored at " + file + ": " + e.getMessage(), e);
        }
        return offered;
    }
}

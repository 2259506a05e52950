package kz.qoltanba.bridge.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import kz.qoltanba.signing.validation.CmsVerifier;

/**
 * The checks the host applies to a catalog and to a dropped-in jar, for tools that only look ({@code doctor},
 * {@code catalog sign --home}): nothing is installed or stored.
 */
public final class CatalogVerification {
    private CatalogVerification() {}

    /** Verifies catalog bytes as the host does: signed by one of {@code publishers}, well-formed JSON. */
    public static Catalog verify(byte[] unverifiedCatalog, List<X509Certificate> publishers, Clock clock)
            throws CatalogException {
        return new SignedCatalogReader(publishers, CmsVerifier.create(), clock).read(unverifiedCatalog);
    }

    /** The verified {@code <home>/ncalayer.der}, or empty when there is none. */
    public static Optional<Catalog> installed(Path home, List<X509Certificate> publishers, Clock clock)
            throws CatalogException {
        SignedCatalogReader reader = new SignedCatalogReader(publishers, CmsVerifier.create(), clock);
        return new CatalogFile(home.resolve("ncalayer.der"), reader).current();
    }

    /**
     * Checks a jar against the catalog as a drop-in install would.
     *
     * @return the matching entry
     * @throws ModuleNotListedException the jar is not a bundle, or the catalog does not list its symbolic name
     * @throws ModuleHashMismatchException the catalog lists it with another SHA-256
     */
    public static CatalogEntry matchDropIn(Catalog catalog, Path jar) throws CatalogException, IOException {
        String file = jar.getFileName().toString();
        BundleJar bundle = BundleJar.read(Files.readAllBytes(jar), file);
        CatalogEntry entry = catalog.entry(bundle.symbolicName())
                .orElseThrow(() -> new ModuleNotListedException(
                        file + " (" + bundle.symbolicName() + ") is not listed in the catalog"));
        if (!entry.sha256().equals(bundle.sha256())) {
            throw new ModuleHashMismatchException(file + " (" + bundle.symbolicName() + " " + bundle.version()
                    + ") has a SHA-256 that differs from the catalog's " + entry.version());
        }
        return entry;
    }
}

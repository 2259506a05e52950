package kz.qoltanba.bridge.catalog;

import java.net.URI;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import kz.qoltanba.bridge.audit.AuditLog;
import kz.qoltanba.signing.validation.CmsVerifier;

/**
 * Installs, updates and removes module bundles according to the signed catalog in {@code <home>/ncalayer.der}.
 * Every jar is checked against the catalog's SHA-256 before it is stored in {@code <home>/modules/} or loaded;
 * refusals are written to the audit log. What the module manager window and the {@code modules} command use.
 */
public interface ModuleManager {
    /** Every catalog module that is not hidden, and every installed bundle, sorted by symbolic name. */
    List<ModuleStatus> list() throws CatalogException;

    /**
     * Fetches the catalog from the current catalog's {@code next} URL, else (no catalog yet, or one without
     * {@code next}) from the configured {@code catalog.url}, and stores it if it verifies.
     */
    Catalog refreshCatalog() throws CatalogException;

    /** Fetches the catalog from {@code url} and stores it if it verifies and is not older than the current one. */
    Catalog refreshCatalog(URI url) throws CatalogException;

    /**
     * Installs the catalog's version of a module (with no catalog yet, the first one is fetched from the configured
     * {@code catalog.url} when there is one): from a matching jar in {@code <home>/bundles/} when there is
     * one, else downloaded from the catalog's URL. An installed other version is replaced.
     */
    ModuleStatus install(String symbolicName) throws CatalogException;

    /** Replaces an installed module with the catalog's version (nothing happens when they are the same). */
    ModuleStatus update(String symbolicName) throws CatalogException;

    /** Uninstalls a module and deletes its jar; a module the catalog marks required is refused. */
    void remove(String symbolicName) throws CatalogException;

    /** Installs each jar of {@code <home>/bundles/} that the catalog lists with its hash; reports the others. */
    List<DropIn> installDropIns() throws CatalogException;

    /**
     * At start: loads each jar of {@code <home>/modules/} that matches the catalog, then the drop-ins. Never
     * fails: what cannot be loaded is logged and audited. Returns the symbolic names loaded.
     */
    List<String> loadInstalled();

    /**
     * Calls {@code listener} after each change of the installed modules or of the stored catalog (install,
     * update, remove, a new catalog), on the thread that made it; a listener must return quickly.
     */
    void addChangeListener(Runnable listener);

    void removeChangeListener(Runnable listener);

    /** The folder of drop-in jars. */
    static Path dropInDirectory(Path home) {
        return home.resolve("bundles");
    }

    static ModuleManager create(
            Path home,
            List<X509Certificate> publishers,
            ModuleDownloads downloads,
            LoadedBundles bundles,
            AuditLog audit,
            Clock clock) {
        return create(home, publishers, downloads, bundles, audit, clock, Optional.empty());
    }

    /**
     * As {@link #create(Path, List, ModuleDownloads, LoadedBundles, AuditLog, Clock)}, fetching the first catalog
     * (and any after one that names no {@code next}) from {@code catalogUrl}.
     */
    static ModuleManager create(
            Path home,
            List<X509Certificate> publishers,
            ModuleDownloads downloads,
            LoadedBundles bundles,
            AuditLog audit,
            Clock clock,
            Optional<URI> catalogUrl) {
        SignedCatalogReader reader = new SignedCatalogReader(publishers, CmsVerifier.create(), clock);
        return new CatalogModuleManager(
                new CatalogFile(home.resolve("ncalayer.der"), reader),
                new ModuleFolder(home.resolve("modules")),
                new ModuleFolder(dropInDirectory(home)),
                downloads,
                bundles,
                new ModuleAudit(audit, clock),
                catalogUrl);
    }
}

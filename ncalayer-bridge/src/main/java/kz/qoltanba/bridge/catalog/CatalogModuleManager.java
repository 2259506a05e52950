package kz.qoltanba.bridge.catalog;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import kz.qoltanba.bridge.host.ModuleHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link ModuleManager} over the catalog file, the modules folder, the drop-in folder and the framework. */
final class CatalogModuleManager implements ModuleManager {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogModuleManager.class);

    private final CatalogFile catalogFile;
    private final ModuleFolder installed;
    private final ModuleFolder dropIns;
    private final ModuleDownloads downloads;
    private final LoadedBundles bundles;
    private final ModuleAudit audit;
    private final Optional<URI> configuredCatalogUrl;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    CatalogModuleManager(
            CatalogFile catalogFile,
            ModuleFolder installed,
            ModuleFolder dropIns,
            ModuleDownloads downloads,
            LoadedBundles bundles,
            ModuleAudit audit,
            Optional<URI> configuredCatalogUrl) {
        this.catalogFile = catalogFile;
        this.installed = installed;
        this.dropIns = dropIns;
        this.downloads = downloads;
        this.bundles = bundles;
        this.audit = audit;
        this.configuredCatalogUrl = configuredCatalogUrl;
    }

    @Override
    public synchronized List<ModuleStatus> list() throws CatalogException {
        Optional<Catalog> catalog = catalogFile.current();
        Map<String, ModuleStatus> rows = new TreeMap<>();
        for (CatalogEntry entry : catalog.map(Catalog::modules).orElse(List.of())) {
            if (!entry.hidden()) {
                rows.put(entry.symbolicName(), status(entry, Optional.empty()));
            }
        }
        for (ModuleFolder.Jar jar : jars(installed)) {
            String name = jar.bundle().symbolicName();
            Optional<CatalogEntry> entry = catalog.flatMap(c -> c.entry(name));
            rows.put(
                    name,
                    entry.map(e -> status(e, Optional.of(jar.bundle().version())))
                            .orElse(new ModuleStatus(
                                    name,
                                    Map.of(),
                                    Optional.of(jar.bundle().version()),
                                    Optional.empty(),
                                    false,
                                    false)));
        }
        return List.copyOf(rows.values());
    }

    private static ModuleStatus status(CatalogEntry entry, Optional<String> installedVersion) {
        return new ModuleStatus(
                entry.symbolicName(),
                entry.names(),
                installedVersion,
                Optional.of(entry.version()),
                entry.required(),
                entry.hidden());
    }

    @Override
    public synchronized Catalog refreshCatalog() throws CatalogException {
        Optional<Catalog> current = catalogFile.current();
        Optional<URI> url = current.flatMap(Catalog::next).or(() -> configuredCatalogUrl);
        if (url.isEmpty()) {
            throw new CatalogUnavailableException(
                    current.isEmpty()
                            ? catalogFile.missing()
                            : "The current catalog names no URL for the next one; " + CatalogFile.WAYS);
        }
        return refreshCatalog(url.get());
    }

    @Override
    public synchronized Catalog refreshCatalog(URI url) throws CatalogException {
        try {
            Catalog catalog = catalogFile.replace(downloads.fetch(url));
            audit.done(url.toString(), "catalog", "accepted, issued " + catalog.issued());
            changed();
            return catalog;
        } catch (UntrustedCatalogException | MalformedCatalogException | StaleCatalogException e) {
            audit.refused(url.toString(), "catalog", e.getMessage());
            throw e;
        }
    }

    @Override
    public synchronized ModuleStatus install(String symbolicName) throws CatalogException {
        Catalog catalog = catalogForInstall();
        CatalogEntry entry = catalog.entry(symbolicName).orElseThrow(() -> {
            audit.refused(symbolicName, "install", "not listed in the catalog");
            return new ModuleNotListedException("The catalog does not list the module " + symbolicName);
        });
        Optional<ModuleFolder.Jar> current = find(installed, symbolicName);
        if (current.isPresent() && current.get().bundle().sha256().equals(entry.sha256())) {
            return status(entry, Optional.of(entry.version()));
        }
        Optional<ModuleFolder.Jar> dropIn = jars(dropIns).stream()
                .filter(jar -> jar.bundle().sha256().equals(entry.sha256()))
                .findFirst();
        byte[] bytes = dropIn.isPresent() ? dropIn.get().bytes() : downloads.fetch(entry.url());
        String source =
                dropIn.map(jar -> jar.path().toString()).orElse(entry.url().toString());
        BundleJar bundle = checked(entry, bytes, source);
        replace(current, bundle, bytes);
        dropIn.ifPresent(jar -> deleteQuietly(jar.path()));
        audit.done(symbolicName, "install", "installed " + bundle.version() + " from " + source);
        changed();
        return status(entry, Optional.of(bundle.version()));
    }

    /** The current catalog; with none yet, the first one from the configured URL when there is one. */
    private Catalog catalogForInstall() throws CatalogException {
        Optional<Catalog> current = catalogFile.current();
        if (current.isPresent()) {
            return current.get();
        }
        if (configuredCatalogUrl.isPresent()) {
            return refreshCatalog(configuredCatalogUrl.get());
        }
        return catalogFile.require();
    }

    /** The jar's hash and manifest must be exactly the catalog entry's. */
    private BundleJar checked(CatalogEntry entry, byte[] bytes, String source) throws CatalogException {
        String actual = BundleJar.sha256(bytes);
        if (!actual.equals(entry.sha256())) {
            String reason = "SHA-256 of " + source + " is " + actual + ", the catalog lists " + entry.sha256();
            audit.refused(entry.symbolicName(), "install", "hash mismatch: " + reason);
            throw new ModuleHashMismatchException("The jar of " + entry.symbolicName() + " is refused: " + reason);
        }
        BundleJar bundle = BundleJar.read(bytes, source);
        if (!bundle.symbolicName().equals(entry.symbolicName())
                || !bundle.version().equals(entry.version())) {
            String reason = source + " is " + bundle.symbolicName() + " " + bundle.version() + ", the catalog says "
                    + entry.symbolicName() + " " + entry.version();
            audit.refused(entry.symbolicName(), "install", reason);
            throw new ModuleNotListedException("The jar is refused: " + reason);
        }
        return bundle;
    }

    private void replace(Optional<ModuleFolder.Jar> current, BundleJar bundle, byte[] bytes)
            throws ModuleInstallException {
        Path stored = null;
        try {
            if (current.isPresent()) {
                bundles.uninstall(bundle.symbolicName());
                Files.delete(current.get().path());
            }
            stored = installed.store(bundle, bytes);
            bundles.install(stored);
        } catch (IOException | ModuleHostException e) {
            if (stored != null) {
                deleteQuietly(stored);
            }
            throw new ModuleInstallException(
                    "The module " + bundle.symbolicName() + " could not be installed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized ModuleStatus update(String symbolicName) throws CatalogException {
        if (find(installed, symbolicName).isEmpty()) {
            throw new ModuleNotInstalledException("The module " + symbolicName + " is not installed");
        }
        return install(symbolicName);
    }

    @Override
    public synchronized void remove(String symbolicName) throws CatalogException {
        Optional<Catalog> catalog = catalogFile.current();
        if (catalog.flatMap(c -> c.entry(symbolicName))
                .map(CatalogEntry::required)
                .orElse(false)) {
            audit.refused(symbolicName, "remove", "required module");
            throw new RequiredModuleException("The module " + symbolicName + " is required and cannot be removed");
        }
        ModuleFolder.Jar jar = find(installed, symbolicName)
                .orElseThrow(() -> new ModuleNotInstalledException("The module " + symbolicName + " is not installed"));
        try {
            bundles.uninstall(symbolicName);
            Files.delete(jar.path());
        } catch (IOException | ModuleHostException e) {
            throw new ModuleInstallException(
                    "The module " + symbolicName + " could not be removed: " + e.getMessage(), e);
        }
        audit.done(symbolicName, "remove", "removed " + jar.bundle().version());
        changed();
    }

    @Override
    public synchronized List<DropIn> installDropIns() throws CatalogException {
        Catalog catalog = catalogFile.require();
        List<DropIn> results = new ArrayList<>();
        for (ModuleFolder.Jar jar : jars(dropIns, results)) {
            String file = jar.path().getFileName().toString();
            Optional<CatalogEntry> entry = catalog.entry(jar.bundle().symbolicName());
            if (entry.isEmpty()) {
                audit.refused(file, "install", "not listed in the catalog");
                results.add(new DropIn(file, false, "not listed in the catalog"));
            } else if (!entry.get().sha256().equals(jar.bundle().sha256())) {
                audit.refused(
                        file,
                        "install",
                        "hash mismatch with the catalog's " + entry.get().version());
                results.add(new DropIn(
                        file,
                        false,
                        "SHA-256 differs from the catalog's " + entry.get().version()));
            } else {
                ModuleStatus status = install(entry.get().symbolicName());
                results.add(new DropIn(
                        file,
                        true,
                        status.symbolicName() + " " + status.installedVersion().orElse("")));
            }
        }
        return results;
    }

    @Override
    public synchronized List<String> loadInstalled() {
        return new StartupLoader(catalogFile, installed, bundles, audit).load(this);
    }

    @Override
    public void addChangeListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void changed() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("A module change listener failed: {}", e.toString());
            }
        }
    }

    private List<ModuleFolder.Jar> jars(ModuleFolder folder) throws CatalogException {
        return jars(folder, new ArrayList<>());
    }

    private List<ModuleFolder.Jar> jars(ModuleFolder folder, List<DropIn> unreadable) throws CatalogException {
        try {
            return folder.jars((path, problem) -> {
                audit.refused(path.getFileName().toString(), "install", problem);
                unreadable.add(new DropIn(path.getFileName().toString(), false, problem));
            });
        } catch (IOException e) {
            throw new CatalogUnavailableException(folder.directory() + " cannot be read: " + e.getMessage(), e);
        }
    }

    private Optional<ModuleFolder.Jar> find(ModuleFolder folder, String symbolicName) throws CatalogException {
        return jars(folder).stream()
                .filter(jar -> jar.bundle().symbolicName().equals(symbolicName))
                .findFirst();
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // left behind; the next listing reports it
        }
    }
}

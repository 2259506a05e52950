package kz.qoltanba.bridge.catalog;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.qoltanba.bridge.host.ModuleHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the installed modules when the bridge starts: each jar of {@code <home>/modules/} whose SHA-256 is the
 * catalog's for its symbolic name, then the drop-ins. Nothing here stops the bridge from starting.
 */
final class StartupLoader {
    private static final Logger LOG = LoggerFactory.getLogger(StartupLoader.class);

    private final CatalogFile catalogFile;
    private final ModuleFolder installed;
    private final LoadedBundles bundles;
    private final ModuleAudit audit;

    StartupLoader(CatalogFile catalogFile, ModuleFolder installed, LoadedBundles bundles, ModuleAudit audit) {
        this.catalogFile = catalogFile;
        this.installed = installed;
        this.bundles = bundles;
        this.audit = audit;
    }

    List<String> load(ModuleManager manager) {
        Optional<Catalog> catalog;
        try {
            catalog = catalogFile.current();
        } catch (CatalogException e) {
            LOG.warn("No module is loaded: {}", e.getMessage());
            return List.of();
        }
        if (catalog.isEmpty()) {
            LOG.info("There is no module catalog; no module is loaded");
            return List.of();
        }
        List<String> loaded = new ArrayList<>();
        try {
            for (ModuleFolder.Jar jar : installed.jars(
                    (path, problem) -> audit.refused(path.getFileName().toString(), "load", problem))) {
                if (load(catalog.get(), jar)) {
                    loaded.add(jar.bundle().symbolicName());
                }
            }
            for (DropIn dropIn : manager.installDropIns()) {
                if (dropIn.installed()) {
                    loaded.add(dropIn.detail().split(" ", 2)[0]);
                }
            }
        } catch (IOException | CatalogException e) {
            LOG.warn("Loading modules stopped: {}", e.getMessage());
        }
        return loaded;
    }

    private boolean load(Catalog catalog, ModuleFolder.Jar jar) {
        BundleJar bundle = jar.bundle();
        Optional<CatalogEntry> entry = catalog.entry(bundle.symbolicName());
        if (entry.isEmpty() || !entry.get().sha256().equals(bundle.sha256())) {
            audit.refused(
                    bundle.symbolicName(),
                    "load",
                    entry.isEmpty()
                            ? "not listed in the catalog"
                            : bundle.version() + " is not the catalog's "
                                    + entry.get().version() + "; run 'modules update'");
            return false;
        }
        try {
            bundles.install(jar.path());
            return true;
        } catch (ModuleHostException e) {
            LOG.warn("{}", e.getMessage());
            audit.refused(bundle.symbolicName(), "load", "the framework refused it");
            return false;
        }
    }
}

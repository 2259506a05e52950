package kz.qoltanba.bridge.runtime;

import java.util.ArrayList;
import java.util.List;
import kz.qoltanba.bridge.catalog.CatalogException;
import kz.qoltanba.bridge.catalog.ModuleManager;
import kz.qoltanba.bridge.catalog.ModuleStatus;
import kz.qoltanba.bridge.ui.ModuleCatalog;
import kz.qoltanba.bridge.ui.ModuleCatalogException;
import kz.qoltanba.bridge.ui.ModuleEntry;

/** The module-manager window's view of the signed catalog: hidden modules are not shown. */
final class CatalogModules implements ModuleCatalog {
    private final ModuleManager manager;

    CatalogModules(ModuleManager manager) {
        this.manager = manager;
    }

    @Override
    public List<ModuleEntry> modules() throws ModuleCatalogException {
        try {
            return manager.list().stream()
                    .filter(status -> !status.hidden())
                    .map(CatalogModules::entry)
                    .toList();
        } catch (CatalogException e) {
            throw new ModuleCatalogException(e.getMessage(), e);
        }
    }

    @Override
    public void install(String symbolicName) throws ModuleCatalogException {
        try {
            manager.install(symbolicName);
        } catch (CatalogException e) {
            throw new ModuleCatalogException(e.getMessage(), e);
        }
    }

    @Override
    public void remove(String symbolicName) throws ModuleCatalogException {
        try {
            manager.remove(symbolicName);
        } catch (CatalogException e) {
            throw new ModuleCatalogException(e.getMessage(), e);
        }
    }

    @Override
    public List<String> downloadUpdates() throws ModuleCatalogException {
        try {
            manager.refreshCatalog();
            List<String> updated = new ArrayList<>();
            for (ModuleStatus status : manager.list()) {
                if (status.updateAvailable()) {
                    manager.update(status.symbolicName());
                    updated.add(status.symbolicName());
                }
            }
            return updated;
        } catch (CatalogException e) {
            throw new ModuleCatalogException(e.getMessage(), e);
        }
    }

    @Override
    public void addChangeListener(Runnable listener) {
        manager.addChangeListener(listener);
    }

    @Override
    public void removeChangeListener(Runnable listener) {
        manager.removeChangeListener(listener);
    }

    private static ModuleEntry entry(ModuleStatus status) {
        return new ModuleEntry(
                status.symbolicName(),
                status.names(),
                status.installedVersion().orElse(null),
                status.availableVersion().orElse(null),
                status.required());
    }
}

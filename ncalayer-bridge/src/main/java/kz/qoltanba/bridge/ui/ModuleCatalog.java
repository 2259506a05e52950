package kz.qoltanba.bridge.ui;

import java.util.List;

/**
 * What the module manager window needs from the module catalog. Calls may be slow (network) and are made
 * off the event thread.
 */
public interface ModuleCatalog {
    /** Every module the catalog lists, installed or not, plus installed modules it does not list. */
    List<ModuleEntry> modules() throws ModuleCatalogException;

    /** Downloads (checking its hash) and installs the catalog's version of a module. */
    void install(String symbolicName) throws ModuleCatalogException;

    /** Uninstalls a module; required modules are refused. */
    void remove(String symbolicName) throws ModuleCatalogException;

    /** Fetches the catalog and installs every newer version; returns the symbolic names updated. */
    List<String> downloadUpdates() throws ModuleCatalogException;

    /** Calls {@code listener} (on any thread) after modules were installed, updated or removed by anyone. */
    void addChangeListener(Runnable listener);

    void removeChangeListener(Runnable listener);
}

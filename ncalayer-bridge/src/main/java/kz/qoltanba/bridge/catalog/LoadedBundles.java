package kz.qoltanba.bridge.catalog;

import java.nio.file.Path;
import kz.qoltanba.bridge.host.ModuleHost;
import kz.qoltanba.bridge.host.ModuleHostException;

/** The running framework the installed jars are loaded into, or none (the command line edits files only). */
public interface LoadedBundles {
    /** Installs and starts a verified jar. */
    void install(Path jar) throws ModuleHostException;

    /** Stops and removes the bundle with this symbolic name, if loaded. */
    void uninstall(String symbolicName) throws ModuleHostException;

    /** The running bridge's module host. */
    static LoadedBundles of(ModuleHost host) {
        return new LoadedBundles() {
            @Override
            public void install(Path jar) throws ModuleHostException {
                host.install(jar);
            }

            @Override
            public void uninstall(String symbolicName) throws ModuleHostException {
                host.uninstall(symbolicName);
            }
        };
    }

    /** No framework: changes take effect when the bridge next starts. */
    static LoadedBundles none() {
        return new LoadedBundles() {
            @Override
            public void install(Path jar) {
                // nothing runs; the jar is loaded at the next start
            }

            @Override
            public void uninstall(String symbolicName) {
                // nothing runs
            }
        };
    }
}

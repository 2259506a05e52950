package kz.qoltanba.bridge.modules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import kz.qoltanba.bridge.host.ModuleHost;
import kz.qoltanba.bridge.host.ModuleHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the built-in modules at host start: installs the bundle jar the build embeds at
 * {@value #RESOURCE}; a build without it (classes run straight from an IDE or from {@code target/classes}
 * before {@code package}) registers the same modules from the host's own bundle context instead. Not part
 * of the bundle itself.
 */
public final class BuiltinModulesInstaller {
    static final String RESOURCE = "/builtin/qoltanba-builtin-modules.jar";
    private static final Logger LOG = LoggerFactory.getLogger(BuiltinModulesInstaller.class);

    private BuiltinModulesInstaller() {}

    /**
     * @param directory where the embedded jar is copied for the framework to install
     * @return the symbolic name of the installed bundle, or {@code in-process}
     */
    public static String start(ModuleHost host, Path directory, String bridgeVersion)
            throws IOException, ModuleHostException {
        try (InputStream jar = BuiltinModulesInstaller.class.getResourceAsStream(RESOURCE)) {
            if (jar == null) {
                LOG.warn(
                        "The built-in modules are not running as a bundle: this build has no {} (the classes run"
                                + " from target/classes or an IDE before 'mvn package'); they are registered from the"
                                + " host's own class path instead, so they cannot be updated or stopped on their own",
                        RESOURCE);
                BuiltinModules.register(host.bundleContext(), bridgeVersion);
                return "in-process";
            }
            Files.createDirectories(directory);
            Path file = directory.resolve("qoltanba-builtin-modules.jar");
            Files.copy(jar, file, StandardCopyOption.REPLACE_EXISTING);
            return host.install(file);
        }
    }
}

package kz.qoltanba.bridge.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import kz.qoltanba.bridge.audit.FileAuditLog;
import kz.qoltanba.bridge.catalog.CatalogException;
import kz.qoltanba.bridge.catalog.DropIn;
import kz.qoltanba.bridge.catalog.LoadedBundles;
import kz.qoltanba.bridge.catalog.ModuleManager;
import kz.qoltanba.bridge.catalog.ModuleStatus;
import kz.qoltanba.bridge.catalog.PublisherCertificates;
import kz.qoltanba.bridge.config.BridgeConfig;
import kz.qoltanba.bridge.config.BridgeConfigLoader;
import kz.qoltanba.bridge.config.CommandLineSettings;
import kz.qoltanba.bridge.config.ConfigException;
import kz.qoltanba.bridge.config.HttpProxy;
import kz.qoltanba.bridge.runtime.RunningBridge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code modules list|install|remove|update}: manages the module jars of a home directory against its signed
 * catalog. A running bridge loads the changes at its next start.
 */
@Command(
        name = "modules",
        mixinStandardHelpOptions = true,
        description = "List, install, remove or update modules from the signed catalog.",
        subcommands = {
            ModulesCommand.ListModules.class,
            ModulesCommand.Install.class,
            ModulesCommand.Remove.class,
            ModulesCommand.Update.class
        })
final class ModulesCommand implements Runnable {
    private final Map<String, String> environment;
    private final Properties systemProperties;

    ModulesCommand(Map<String, String> environment, Properties systemProperties) {
        this.environment = environment;
        this.systemProperties = systemProperties;
    }

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                new picocli.CommandLine(this), "Missing command: list, install, remove or update.");
    }

    /** Options every subcommand shares. */
    static class Common {
        @Option(names = "--home", paramLabel = "DIR", description = "Home directory (default: per OS).")
        Path home;

        @Option(
                names = "--proxy",
                paramLabel = "HOST:PORT",
                description = "HTTP(S) proxy for downloads, replacing proxy.host/proxy.port of the configuration"
                        + " (proxy.user still answers its Basic challenge); default: the proxy.* keys, else the JVM's"
                        + " proxy settings.")
        String proxy;

        @ParentCommand
        ModulesCommand parent;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        /**
         * The module manager of the home, downloading as {@code serve} does: through the {@code proxy.*} keys
         * (file, environment, system properties) with their credentials; {@code --proxy} replaces the proxy's
         * host and port and keeps {@code proxy.user}.
         */
        ModuleManager manager() throws ConfigException {
            BridgeConfig config = new BridgeConfigLoader(parent.environment, parent.systemProperties)
                    .load(new CommandLineSettings(home, null, List.of(), null, List.of(), false, null, null, null));
            return ModuleManager.create(
                    config.home(),
                    PublisherCertificates.load(config.home()),
                    RunningBridge.downloads(proxy(config.proxy()), parent.environment),
                    LoadedBundles.none(),
                    new FileAuditLog(config.logDirectory().resolve("audit.log")),
                    Clock.systemUTC(),
                    config.catalogUrl());
        }

        private Optional<HttpProxy> proxy(Optional<HttpProxy> configured) {
            if (proxy == null) {
                return configured;
            }
            int colon = proxy.lastIndexOf(':');
            try {
                String host = proxy.substring(0, colon);
                if (host.isBlank()) {
                    throw new IllegalArgumentException("no host");
                }
                return Optional.of(new HttpProxy(
                        host,
                        Integer.parseInt(proxy.substring(colon + 1)),
                        configured.flatMap(HttpProxy::user),
                        configured.flatMap(HttpProxy::passwordEnv)));
            } catch (RuntimeException e) {
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(), "--proxy must be HOST:PORT (port 1 to 65535), not '" + proxy + "'");
            }
        }

        void println(String line) {
            spec.commandLine().getOut().println(line);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Show catalog and installed modules.")
    static final class ListModules extends Common implements java.util.concurrent.Callable<Integer> {
        @Override
        public Integer call() throws CatalogException, ConfigException {
            List<ModuleStatus> rows = manager().list();
            println(String.format(
                    "%-32s %-24s %-10s %-10s %s", "SYMBOLIC NAME", "NAME", "INSTALLED", "AVAILABLE", "FLAGS"));
            for (ModuleStatus row : rows) {
                println(String.format(
                        "%-32s %-24s %-10s %-10s %s",
                        row.symbolicName(),
                        row.name("en"),
                        row.installedVersion().orElse("-"),
                        row.availableVersion().orElse("-"),
                        (row.required() ? "required " : "") + (row.updateAvailable() ? "update" : "")));
            }
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "install",
            mixinStandardHelpOptions = true,
            description = "Install modules from the catalog; without names, install the jars in <home>/bundles/.")
    static final class Install extends Common implements java.util.concurrent.Callable<Integer> {
        @Option(names = "--catalog-url", paramLabel = "URL", description = "Fetch the catalog from URL first.")
        URI catalogUrl;

        @Parameters(paramLabel = "SYMBOLIC-NAME", arity = "0..*")
        List<String> names = new ArrayList<>();

        @Override
        public Integer call() throws CatalogException, ConfigException {
            ModuleManager manager = manager();
            if (catalogUrl != null) {
                manager.refreshCatalog(catalogUrl);
            }
            if (names.isEmpty()) {
                int refused = 0;
                for (DropIn dropIn : manager.installDropIns()) {
                    println((dropIn.installed() ? "Installed " : "Refused ") + dropIn.file() + ": " + dropIn.detail());
                    refused += dropIn.installed() ? 0 : 1;
                }
                return refused == 0 ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
            }
            for (String name : names) {
                ModuleStatus status = manager.install(name);
                println("Installed " + name + " " + status.installedVersion().orElse(""));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove installed modules.")
    static final class Remove extends Common implements java.util.concurrent.Callable<Integer> {
        @Parameters(paramLabel = "SYMBOLIC-NAME", arity = "1..*")
        List<String> names = new ArrayList<>();

        @Override
        public Integer call() throws CatalogException, ConfigException {
            ModuleManager manager = manager();
            for (String name : names) {
                manager.remove(name);
                println("Removed " + name);
            }
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "update",
            mixinStandardHelpOptions = true,
            description = "Fetch the next catalog, then update the named (default: every installed) module.")
    static final class Update extends Common implements java.util.concurrent.Callable<Integer> {
        @Option(
                names = "--catalog-url",
                paramLabel = "URL",
                description = "Fetch the catalog from URL (default: the current catalog's next URL, else catalog.url).")
        URI catalogUrl;

        @Parameters(paramLabel = "SYMBOLIC-NAME", arity = "0..*")
        List<String> names = new ArrayList<>();

        @Override
        public Integer call() throws CatalogException, ConfigException {
            ModuleManager manager = manager();
            if (catalogUrl != null) {
                manager.refreshCatalog(catalogUrl);
            } else {
                manager.refreshCatalog();
            }
            List<String> targets = new ArrayList<>(names);
            if (targets.isEmpty()) {
                manager.list().stream()
                        .filter(ModuleStatus::updateAvailable)
                        .map(ModuleStatus::symbolicName)
                        .forEach(targets::add);
            }
            for (String name : targets) {
                println("Updated " + name + " to "
                        + manager.update(name).installedVersion().orElse(""));
            }
            if (targets.isEmpty()) {
                println("Every installed module is up to date.");
            }
            return ExitCodes.OK;
        }
    }
}

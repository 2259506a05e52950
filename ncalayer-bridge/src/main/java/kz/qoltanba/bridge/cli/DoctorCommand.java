package kz.qoltanba.bridge.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import kz.qoltanba.bridge.catalog.PublisherCertificates;
import kz.qoltanba.bridge.config.BridgeConfig;
import kz.qoltanba.bridge.config.BridgeConfigLoader;
import kz.qoltanba.bridge.config.CommandLineSettings;
import kz.qoltanba.bridge.config.ConfigException;
import kz.qoltanba.bridge.config.HomeDirectory;
import kz.qoltanba.bridge.tls.LocalTrust;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code doctor}: configuration, port, TLS trust per browser database, catalog, modules, trust anchors. */
@Command(
        name = "doctor",
        mixinStandardHelpOptions = true,
        description = "Check the installation; each line is OK or says how to fix a problem (exit 1 if any does).")
final class DoctorCommand implements Callable<Integer> {
    @Option(names = "--home", paramLabel = "DIR", description = "Home directory (default: per OS).")
    Path home;

    @Spec
    CommandSpec spec;

    private final Map<String, String> environment;
    private final Properties systemProperties;

    DoctorCommand(Map<String, String> environment, Properties systemProperties) {
        this.environment = environment;
        this.systemProperties = systemProperties;
    }

    @Override
    public Integer call() {
        List<DoctorLine> lines = new ArrayList<>();
        CommandLineSettings settings = new CommandLineSettings(home, null, null, null, null, false, null, null, null);
        BridgeConfig config;
        try {
            config = new BridgeConfigLoader(environment, systemProperties).load(settings);
            lines.add(DoctorLine.ok("configuration", "valid (home " + config.home() + ")."));
        } catch (ConfigException e) {
            lines.add(DoctorLine.fix("configuration", e.getMessage()));
            config = defaults();
        }
        String javaHome = systemProperties.getProperty("user.home", "");
        LocalTrust trust = LocalTrust.forUser(
                config.tlsDirectory(),
                HomeDirectory.userHome(environment, javaHome),
                environment,
                Clock.systemUTC(),
                new SecureRandom());
        lines.addAll(new DoctorChecks(
                        config, trust, new PortProbe(), Clock.systemUTC(), PublisherCertificates.load(config.home()))
                .all());
        PrintWriter out = spec.commandLine().getOut();
        lines.forEach(out::println);
        boolean healthy = lines.stream().allMatch(DoctorLine::ok);
        out.println(healthy ? "Everything is in order." : "Some checks need attention (lines marked FIX).");
        return healthy ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }

    /** When the configuration is broken the other checks still run, with the built-in defaults. */
    private BridgeConfig defaults() {
        Properties onlyPlatform = new Properties();
        onlyPlatform.setProperty("os.name", systemProperties.getProperty("os.name", ""));
        onlyPlatform.setProperty("user.home", systemProperties.getProperty("user.home", ""));
        Path resolved = HomeDirectory.resolve(
                home, environment, onlyPlatform.getProperty("os.name"), onlyPlatform.getProperty("user.home"));
        Path empty = resolved.resolve("doctor-defaults-not-a-directory");
        try {
            BridgeConfig base = new BridgeConfigLoader(Map.of(), onlyPlatform)
                    .load(new CommandLineSettings(empty, null, null, null, null, false, null, null, null));
            return new BridgeConfig(
                    resolved,
                    base.port(),
                    base.allowedOrigins(),
                    base.allowedOriginSuffixes(),
                    base.originPrompt(),
                    base.maxFrameBytes(),
                    base.queueLimit(),
                    base.recentKeys(),
                    base.tsaUrl(),
                    base.trustAnchors(),
                    base.unattendedKeys());
        } catch (ConfigException impossible) {
            throw new IllegalStateException("The built-in defaults are invalid", impossible);
        }
    }
}

package kz.qoltanba.bridge.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import kz.qoltanba.bridge.config.BridgeConfig;
import kz.qoltanba.bridge.config.BridgeConfigLoader;
import kz.qoltanba.bridge.config.CommandLineSettings;
import kz.qoltanba.bridge.origin.ConsentPrompt;
import kz.qoltanba.bridge.runtime.RunningBridge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: starts the host and blocks until it is stopped. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Run the local NCALayer-compatible host on wss://127.0.0.1:<port>/.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--home", paramLabel = "DIR", description = "Home directory (default: per OS).")
    Path home;

    @Option(names = "--port", paramLabel = "N", description = "Loopback port (default 13579).")
    Integer port;

    @Option(
            names = "--allowed-origin",
            paramLabel = "ORIGIN",
            description = "Add an exact allowed origin (repeatable).")
    List<String> allowedOrigins = new ArrayList<>();

    @Option(names = "--tsa-url", paramLabel = "URL", description = "Timestamp service (default http://tsp.pki.gov.kz).")
    String tsaUrl;

    @Option(names = "--trust", paramLabel = "CA.pem", description = "Add a trust anchor certificate (repeatable).")
    List<Path> trust = new ArrayList<>();

    @Option(names = "--unattended", description = "Confirm every request automatically (automated tests only).")
    boolean unattended;

    @Option(names = "--keystore", paramLabel = "FILE", description = "Unattended: the one PKCS#12 key file.")
    Path keystore;

    @Option(
            names = "--password-env",
            paramLabel = "VAR",
            description = "Unattended: environment variable holding the --keystore password.")
    String passwordEnv;

    @Option(
            names = "--keys-dir",
            paramLabel = "DIR",
            description = "Unattended: folder of .p12 files, each with <name>.password beside it.")
    Path keysDir;

    private final Map<String, String> environment;
    private final Properties systemProperties;
    private final Consumer<RunningBridge> onStarted;

    ServeCommand(Map<String, String> environment, Properties systemProperties, Consumer<RunningBridge> onStarted) {
        this.environment = environment;
        this.systemProperties = systemProperties;
        this.onStarted = onStarted;
    }

    @Override
    public Integer call() throws Exception {
        CommandLineSettings settings = new CommandLineSettings(
                home, port, allowedOrigins, tsaUrl, trust, unattended, keystore, passwordEnv, keysDir);
        BridgeConfig config = new BridgeConfigLoader(environment, systemProperties).load(settings);
        try (RunningBridge bridge = RunningBridge.start(config, ConsentPrompt.denyAll(), Clock.systemUTC())) {
            Thread hook = new Thread(bridge::close, "bridge-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            onStarted.accept(bridge);
            bridge.awaitStop();
            removeHook(hook);
        }
        return ExitCodes.OK;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already exiting; the hook is what stopped us
        }
    }
}

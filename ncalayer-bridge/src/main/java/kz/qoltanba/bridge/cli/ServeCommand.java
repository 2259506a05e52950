package kz.qoltanba.bridge.cli;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import kz.qoltanba.bridge.config.BridgeConfig;
import kz.qoltanba.bridge.config.BridgeConfigLoader;
import kz.qoltanba.bridge.config.CommandLineSettings;
import kz.qoltanba.bridge.config.HomeDirectory;
import kz.qoltanba.bridge.origin.ConsentPrompt;
import kz.qoltanba.bridge.origin.RememberedOrigins;
import kz.qoltanba.bridge.runtime.DesktopShell;
import kz.qoltanba.bridge.runtime.RunningBridge;
import kz.qoltanba.bridge.tls.LocalTrust;
import kz.qoltanba.bridge.tls.TlsSetupException;
import kz.qoltanba.bridge.tls.TrustStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: starts the host and blocks until it is stopped. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Run the local NCALayer-compatible host on wss://127.0.0.1:<port>/.")
final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

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

    @Option(
            names = "--token-pin-env",
            paramLabel = "VAR",
            description = "Unattended: environment variable holding the PIN of a present token (PKCS#11).")
    String tokenPinEnv;

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
                home, port, allowedOrigins, tsaUrl, trust, unattended, keystore, passwordEnv, keysDir, tokenPinEnv);
        BridgeConfig config = new BridgeConfigLoader(environment, systemProperties).load(settings);
        try (LogFile log = LogFile.open(config.logDirectory())) {
            try {
                return serve(config);
            } catch (Exception e) {
                // the command line shows the message too; this keeps it in the log file for a desktop start
                LOG.error(
                        "The bridge stopped: {}",
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                throw e;
            }
        }
    }

    private int serve(BridgeConfig config) throws Exception {
        renewTlsIfDue(config);
        Optional<DesktopShell> desktop = config.unattended() || GraphicsEnvironment.isHeadless()
                ? Optional.empty()
                : Optional.of(new DesktopShell(Clock.systemUTC(), config.home()));
        AtomicBoolean restart = new AtomicBoolean();
        AtomicInteger status = new AtomicInteger(ExitCodes.OK);
        try {
            do {
                restart.set(false);
                serveOnce(config, desktop, restart, status);
            } while (restart.get());
        } finally {
            desktop.ifPresent(DesktopShell::close);
        }
        return status.get();
    }

    /** Runs the host until it stops; on a desktop the tray may ask for a restart or an exit status. */
    private void serveOnce(
            BridgeConfig config, Optional<DesktopShell> desktop, AtomicBoolean restart, AtomicInteger status)
            throws Exception {
        ConsentPrompt consent = desktop.map(DesktopShell::consentPrompt).orElse(ConsentPrompt.denyAll());
        try (RunningBridge bridge = RunningBridge.start(config, consent, Clock.systemUTC(), desktop)) {
            Thread hook = new Thread(bridge::close, "bridge-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            desktop.ifPresent(shell -> shell.attach(
                    bridge,
                    () -> {
                        restart.set(true);
                        bridge.close();
                    },
                    code -> {
                        status.set(code);
                        bridge.close();
                    },
                    () -> effectiveSettings(config)));
            onStarted.accept(bridge);
            bridge.awaitStop();
            removeHook(hook);
        }
    }

    /** What the settings window shows, read-only. */
    private static Map<String, String> effectiveSettings(BridgeConfig config) {
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("home", config.home().toString());
        shown.put("port", Integer.toString(config.port()));
        shown.put("allowed.origins", config.allowedOrigins().toString());
        shown.put("allowed.origin.suffixes", config.allowedOriginSuffixes().toString());
        shown.put(
                RememberedOrigins.FILE_NAME
                        + " (allowed always, desktop only; the file now, a change applies at the next start or Restart)",
                RememberedOrigins.load(config.home().resolve(RememberedOrigins.FILE_NAME))
                        .origins()
                        .toString());
        shown.put("tsa.url", config.tsaUrl().toString());
        shown.put("catalog.url", config.catalogUrl().map(Object::toString).orElse(""));
        shown.put("recent.keys", Integer.toString(config.recentKeys()));
        shown.put("trust", config.trustAnchors().toString());
        return shown;
    }

    /** Renews the local CA and server certificate at start when they end within 30 days. */
    private void renewTlsIfDue(BridgeConfig config) {
        String javaHome = systemProperties.getProperty("user.home", "");
        try {
            boolean renewed = LocalTrust.forUser(
                            config.tlsDirectory(),
                            HomeDirectory.userHome(environment, javaHome),
                            environment,
                            Clock.systemUTC(),
                            new SecureRandom())
                    .renewIfDue();
            if (renewed) {
                LOG.info("The server certificate was due to expire: renewed it and the browsers' trust.");
            }
        } catch (TrustStoreException | TlsSetupException e) {
            LOG.warn(
                    "The server certificate expires soon and could not be renewed: {} Run 'qoltanba-bridge tls renew'.",
                    e.getMessage());
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already exiting; the hook is what stopped us
        }
    }
}

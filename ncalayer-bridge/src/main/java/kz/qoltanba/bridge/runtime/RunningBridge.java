package kz.qoltanba.bridge.runtime;

import java.io.IOException;
import java.net.ProxySelector;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;
import kz.qoltanba.bridge.audit.AuditLog;
import kz.qoltanba.bridge.audit.FileAuditLog;
import kz.qoltanba.bridge.catalog.LoadedBundles;
import kz.qoltanba.bridge.catalog.ModuleDownloads;
import kz.qoltanba.bridge.catalog.ModuleManager;
import kz.qoltanba.bridge.catalog.PublisherCertificates;
import kz.qoltanba.bridge.config.BridgeConfig;
import kz.qoltanba.bridge.config.ConfigException;
import kz.qoltanba.bridge.config.HttpProxy;
import kz.qoltanba.bridge.host.ModuleHost;
import kz.qoltanba.bridge.host.ModuleHostException;
import kz.qoltanba.bridge.host.PendingHostServices;
import kz.qoltanba.bridge.modules.BuiltinModulesInstaller;
import kz.qoltanba.bridge.origin.Connections;
import kz.qoltanba.bridge.origin.ConsentPrompt;
import kz.qoltanba.bridge.signing.HostWindows;
import kz.qoltanba.bridge.signing.KeyCandidates;
import kz.qoltanba.bridge.signing.SigningService;
import kz.qoltanba.bridge.signing.UserInteraction;
import kz.qoltanba.bridge.spi.HostDialogs;
import kz.qoltanba.bridge.spi.HostSigning;
import kz.qoltanba.bridge.tls.ServerCertificateStore;
import kz.qoltanba.bridge.tls.TlsCredentials;
import kz.qoltanba.bridge.tls.TlsSetupException;
import kz.qoltanba.bridge.unattended.UnattendedMode;
import kz.qoltanba.bridge.ws.BridgeServer;
import kz.qoltanba.bridge.ws.PortInUseException;
import kz.qoltanba.bridge.ws.ServerParts;
import kz.qoltanba.signing.token.Pkcs11Libraries;
import kz.qoltanba.signing.tsp.TimestampClient;
import kz.qoltanba.signing.tsp.TsaConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The assembled bridge: TLS credentials from the home directory, the module host, the audit log and the
 * WebSocket server. Closing it stops everything in reverse order.
 */
public final class RunningBridge implements AutoCloseable {
    /** The bridge's version, shown in the greeting's {@code implementation} and on the status page. */
    public static final String VERSION = "0.1.0";

    private static final Logger LOG = LoggerFactory.getLogger(RunningBridge.class);
    /** How often the server key store is checked for a certificate written by {@code tls init/renew/remove}. */
    private static final java.time.Duration TLS_CHECK_INTERVAL = java.time.Duration.ofSeconds(1);

    private final HomeLock homeLock;
    private final ModuleHost moduleHost;
    private final BridgeServer server;
    private final ExecutorService moduleExecutor;
    private final ModuleManager moduleManager;
    private final AutoCloseable tlsWatch;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch closeDone = new CountDownLatch(1);
    private volatile Thread closing;

    private RunningBridge(
            HomeLock homeLock,
            ModuleHost moduleHost,
            BridgeServer server,
            ExecutorService moduleExecutor,
            ModuleManager moduleManager,
            AutoCloseable tlsWatch) {
        this.homeLock = homeLock;
        this.moduleHost = moduleHost;
        this.server = server;
        this.moduleExecutor = moduleExecutor;
        this.moduleManager = moduleManager;
        this.tlsWatch = tlsWatch;
    }

    public static RunningBridge start(BridgeConfig config, ConsentPrompt consentPrompt, Clock clock)
            throws IOException, TlsSetupException, ModuleHostException, PortInUseException, HomeInUseException,
                    ConfigException {
        return start(config, consentPrompt, clock, Optional.empty());
    }

    /**
     * Starts the bridge; {@code desktop} is how the user is asked (the dialogs) when not in unattended mode.
     * Without it, and not unattended, signing requests answer that signing is not available.
     */
    public static RunningBridge start(
            BridgeConfig config, ConsentPrompt consentPrompt, Clock clock, Optional<DesktopShell> desktop)
            throws IOException, TlsSetupException, ModuleHostException, PortInUseException, HomeInUseException,
                    ConfigException {
        if (config.unattended()) {
            LOG.warn("UNATTENDED MODE: requests are confirmed automatically with the configured keys; "
                    + "use it only for automated tests, never on a desktop where you browse.");
        }
        HomeLock homeLock = HomeLock.acquire(config.home());
        try {
            return start(config, consentPrompt, clock, desktop, homeLock);
        } catch (IOException
                | TlsSetupException
                | ModuleHostException
                | PortInUseException
                | ConfigException
                | RuntimeException e) {
            homeLock.close();
            throw e;
        }
    }

    private static RunningBridge start(
            BridgeConfig config,
            ConsentPrompt consentPrompt,
            Clock clock,
            Optional<DesktopShell> desktop,
            HomeLock lock)
            throws IOException, TlsSetupException, ModuleHostException, PortInUseException, ConfigException {
        ServerCertificateStore tlsStore = new ServerCertificateStore(config.tlsDirectory(), clock, new SecureRandom());
        ModuleThreads threads = new ModuleThreads();
        ExecutorService executor = Executors.newCachedThreadPool(threads);
        Executor signingExecutor = threads.inlineOnOwnThreads(executor);
        KeyCandidates candidates = KeyCandidates.load(config.trustDirectory(), config.trustAnchors(), clock);
        Optional<UnattendedMode> unattended;
        try {
            unattended = unattendedMode(config, candidates, clock);
        } catch (ConfigException | RuntimeException e) {
            executor.shutdownNow();
            throw e;
        }
        PendingHostServices pending = new PendingHostServices();
        HostSigning signing = pending;
        HostDialogs dialogs = pending;
        Optional<InstallConfirmation> installQuestion = Optional.empty();
        Connections connections = new Connections();
        FileAuditLog audit = new FileAuditLog(config.logDirectory().resolve("audit.log"));
        ConsentPrompt originQuestion = consentPrompt;
        if (unattended.isPresent()) {
            SigningService service = signingService(
                    config,
                    unattended.get().interaction(),
                    unattended.get().windows(),
                    candidates,
                    clock,
                    signingExecutor,
                    connections,
                    audit);
            signing = service;
            dialogs = service;
            installQuestion = Optional.of(service::confirmInstall);
        } else if (desktop.isPresent()) {
            SigningService service = signingService(
                    config,
                    desktop.get().interaction(),
                    desktop.get(),
                    candidates,
                    clock,
                    signingExecutor,
                    connections,
                    audit);
            signing = service;
            dialogs = service;
            installQuestion = Optional.of(service::confirmInstall);
            originQuestion = service.inTurn(consentPrompt);
        }
        CompletableFuture<ModuleManager> managerOnceStarted = new CompletableFuture<>();
        dialogs = new CatalogInstalls(dialogs, installQuestion, managerOnceStarted, executor);
        // The module host (Felix, the installed and built-in bundles) starts on its own thread while this one
        // loads the TLS credentials and binds the port: the two do not depend on each other, and a request that
        // arrives before the modules are up waits for them (ModulesOnceStarted) instead of being refused.
        HostSigning hostSigning = signing;
        HostDialogs hostDialogs = dialogs;
        ModulesOnceStarted modules = ModulesOnceStarted.begin(
                () -> startModules(config, hostSigning, hostDialogs, audit, clock, managerOnceStarted));
        BridgeServer server;
        AutoCloseable tlsWatch;
        try {
            TlsCredentials tls = tlsStore.loadOrCreate();
            ServerParts parts = new ServerParts(
                    modules,
                    originQuestion,
                    audit,
                    tls,
                    executor,
                    clock,
                    VERSION,
                    unattended.map(UnattendedMode::controlEndpoint).orElse(UnaryOperator.identity()),
                    connections);
            server = BridgeServer.start(config, parts);
            tlsWatch = tlsStore.watch(server::reloadTls, TLS_CHECK_INTERVAL);
        } catch (IOException | TlsSetupException | PortInUseException | RuntimeException e) {
            executor.shutdownNow();
            modules.abandon();
            throw e;
        }
        StartedModules started;
        try {
            started = modules.await();
        } catch (ModuleHostException | IOException | RuntimeException e) {
            closeQuietly(tlsWatch);
            server.close();
            executor.shutdownNow();
            throw e;
        }
        return new RunningBridge(lock, started.host(), server, executor, started.manager(), tlsWatch);
    }

    /** The module host with the installed modules and the built-in bundle started. */
    record StartedModules(ModuleHost host, ModuleManager manager) {}

    private static StartedModules startModules(
            BridgeConfig config,
            HostSigning signing,
            HostDialogs dialogs,
            FileAuditLog audit,
            Clock clock,
            CompletableFuture<ModuleManager> managerOnceStarted)
            throws ModuleHostException, IOException {
        ModuleHost moduleHost = ModuleHost.start(config.felixCache(), signing, dialogs);
        try {
            ModuleManager moduleManager = ModuleManager.create(
                    config.home(),
                    PublisherCertificates.load(config.home()),
                    downloads(config),
                    LoadedBundles.of(moduleHost),
                    audit,
                    clock,
                    config.catalogUrl());
            moduleManager.loadInstalled();
            managerOnceStarted.complete(moduleManager);
            BuiltinModulesInstaller.start(moduleHost, config.felixCache().resolve("builtin"), VERSION);
            return new StartedModules(moduleHost, moduleManager);
        } catch (IOException | ModuleHostException | RuntimeException e) {
            moduleHost.close();
            throw e;
        }
    }

    private static Optional<UnattendedMode> unattendedMode(BridgeConfig config, KeyCandidates candidates, Clock clock)
            throws ConfigException {
        if (config.unattendedKeys().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(UnattendedMode.create(config.unattendedKeys().get(), candidates, System::getenv, clock));
    }

    private static SigningService signingService(
            BridgeConfig config,
            UserInteraction interaction,
            HostWindows windows,
            KeyCandidates candidates,
            Clock clock,
            Executor executor,
            Connections connections,
            AuditLog audit) {
        return new SigningService(
                interaction,
                windows,
                candidates,
                config.home(),
                config.recentKeys(),
                Pkcs11Libraries.defaults().withOverrides(System.getProperties()),
                TimestampClient.create(tsaConfig(config, System.getenv())),
                clock,
                executor,
                connections,
                audit);
    }

    /** Catalog and module downloads through the configured proxy, else the JVM's proxy settings. */
    static ModuleDownloads downloads(BridgeConfig config) {
        return downloads(config, System.getenv());
    }

    /** As {@link #downloads(BridgeConfig)}, answering the proxy's Basic challenges with {@code proxy.user}. */
    static ModuleDownloads downloads(BridgeConfig config, Map<String, String> environment) {
        return downloads(config.proxy(), environment);
    }

    /**
     * Catalog and module downloads through {@code proxy} (its Basic challenges answered when it has a user),
     * else through the JVM's proxy settings; what {@code serve} and {@code modules} both use.
     */
    public static ModuleDownloads downloads(Optional<HttpProxy> proxy, Map<String, String> environment) {
        ProxySelector proxies = proxy.map(HttpProxy::selector).orElseGet(ProxySelector::getDefault);
        return proxy.flatMap(p -> p.authenticator(environment))
                .map(auth -> ModuleDownloads.http(proxies, auth))
                .orElseGet(() -> ModuleDownloads.http(proxies));
    }

    /** As {@link #downloads(Optional, Map)}, checking https servers against {@code tls} (tests). */
    static ModuleDownloads downloads(BridgeConfig config, Map<String, String> environment, SSLContext tls) {
        ProxySelector proxies = config.proxy().map(HttpProxy::selector).orElseGet(ProxySelector::getDefault);
        return ModuleDownloads.http(proxies, config.proxy().flatMap(p -> p.authenticator(environment)), tls);
    }

    /** The timestamp service, through the configured proxy if there is one. */
    static TsaConfig tsaConfig(BridgeConfig config, Map<String, String> environment) {
        TsaConfig tsa = TsaConfig.of(config.tsaUrl());
        return config.proxy().map(p -> tsa.withProxy(p.tsaProxy(environment))).orElse(tsa);
    }

    public int port() {
        return server.port();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.debug("Closing {} failed: {}", closeable, e.getMessage());
        }
    }

    public ModuleHost moduleHost() {
        return moduleHost;
    }

    /** Installs, updates and removes modules in this running host (the module manager window uses it). */
    public ModuleManager moduleManager() {
        return moduleManager;
    }

    /** Blocks until the server stops. */
    public void awaitStop() throws InterruptedException {
        server.join();
    }

    /**
     * Stops the host; safe to call more than once and from any thread (the tray's Exit and Restart do). A second
     * caller returns only once the first has finished, home lock released: {@code serve} starts the host again
     * right after, and the server stops (ending {@link #awaitStop()}) before the module framework and the lock.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            if (closing != Thread.currentThread()) {
                awaitClosed();
            }
            return;
        }
        closing = Thread.currentThread();
        try {
            closeQuietly(tlsWatch);
            server.close();
            moduleExecutor.shutdownNow();
            moduleHost.close();
            homeLock.close();
        } finally {
            closeDone.countDown();
        }
    }

    private void awaitClosed() {
        try {
            closeDone.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

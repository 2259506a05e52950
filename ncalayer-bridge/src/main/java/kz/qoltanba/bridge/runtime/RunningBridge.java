package kz.qoltanba.bridge.runtime;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import kz.qoltanba.bridge.audit.FileAuditLog;
import kz.qoltanba.bridge.config.BridgeConfig;
import kz.qoltanba.bridge.host.ModuleHost;
import kz.qoltanba.bridge.host.ModuleHostException;
import kz.qoltanba.bridge.host.PendingHostServices;
import kz.qoltanba.bridge.origin.ConsentPrompt;
import kz.qoltanba.bridge.tls.ServerCertificateStore;
import kz.qoltanba.bridge.tls.TlsCredentials;
import kz.qoltanba.bridge.tls.TlsSetupException;
import kz.qoltanba.bridge.ws.BridgeServer;
import kz.qoltanba.bridge.ws.PortInUseException;
import kz.qoltanba.bridge.ws.ServerParts;
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
    private final AutoCloseable tlsWatch;

    private RunningBridge(
            HomeLock homeLock,
            ModuleHost moduleHost,
            BridgeServer server,
            ExecutorService moduleExecutor,
            AutoCloseable tlsWatch) {
        this.homeLock = homeLock;
        this.moduleHost = moduleHost;
        this.server = server;
        this.moduleExecutor = moduleExecutor;
        this.tlsWatch = tlsWatch;
    }

    public static RunningBridge start(BridgeConfig config, ConsentPrompt consentPrompt, Clock clock)
            throws IOException, TlsSetupException, ModuleHostException, PortInUseException, HomeInUseException {
        if (config.unattended()) {
            LOG.warn("UNATTENDED MODE: requests are confirmed automatically with the configured keys; "
                    + "use it only for automated tests, never on a desktop where you browse.");
        }
        HomeLock homeLock = HomeLock.acquire(config.home());
        try {
            return start(config, consentPrompt, clock, homeLock);
        } catch (IOException | TlsSetupException | ModuleHostException | PortInUseException | RuntimeException e) {
            homeLock.close();
            throw e;
        }
    }

    private static RunningBridge start(BridgeConfig config, ConsentPrompt consentPrompt, Clock clock, HomeLock lock)
            throws IOException, TlsSetupException, ModuleHostException, PortInUseException {
        ServerCertificateStore tlsStore = new ServerCertificateStore(config.tlsDirectory(), clock, new SecureRandom());
        TlsCredentials tls = tlsStore.loadOrCreate();
        PendingHostServices pending = new PendingHostServices();
        ModuleHost moduleHost = ModuleHost.start(config.felixCache(), pending, pending);
        ExecutorService executor = Executors.newCachedThreadPool(moduleThreads());
        try {
            ServerParts parts = new ServerParts(
                    moduleHost.modules(),
                    consentPrompt,
                    new FileAuditLog(config.logDirectory().resolve("audit.log")),
                    tls,
                    executor,
                    clock,
                    VERSION);
            BridgeServer server = BridgeServer.start(config, parts);
            AutoCloseable tlsWatch = tlsStore.watch(server::reloadTls, TLS_CHECK_INTERVAL);
            return new RunningBridge(lock, moduleHost, server, executor, tlsWatch);
        } catch (IOException | PortInUseException | RuntimeException e) {
            executor.shutdownNow();
            moduleHost.close();
            throw e;
        }
    }

    private static ThreadFactory moduleThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "bridge-module-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
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

    /** Blocks until the server stops. */
    public void awaitStop() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        closeQuietly(tlsWatch);
        server.close();
        moduleExecutor.shutdownNow();
        moduleHost.close();
        homeLock.close();
    }
}

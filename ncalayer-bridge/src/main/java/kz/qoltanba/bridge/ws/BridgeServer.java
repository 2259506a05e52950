package kz.qoltanba.bridge.ws;

import java.io.IOException;
import java.net.BindException;
import java.time.Duration;
import kz.qoltanba.bridge.config.BridgeConfig;
import kz.qoltanba.bridge.origin.OriginPolicy;
import kz.qoltanba.bridge.origin.RememberedOrigins;
import kz.qoltanba.bridge.tls.TlsCredentials;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TLS WebSocket server on the loopback interfaces: {@code wss://127.0.0.1:<port>/} and, when the machine has
 * an IPv6 loopback, {@code wss://[::1]:<port>/} on the same port. No servlets: Jetty core handlers only.
 */
public final class BridgeServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BridgeServer.class);
    private static final String IPV6_LOOPBACK = "::1";

    private final Server server;
    private final int port;
    private final boolean ipv6;
    private final SslContextFactory.Server ssl;
    private final StatusPageHandler statusPage;

    private BridgeServer(
            Server server, int port, boolean ipv6, SslContextFactory.Server ssl, StatusPageHandler statusPage) {
        this.server = server;
        this.port = port;
        this.ipv6 = ipv6;
        this.ssl = ssl;
        this.statusPage = statusPage;
    }

    /** Starts listening; fails with {@link PortInUseException} when the IPv4 loopback port is taken. */
    public static BridgeServer start(BridgeConfig config, ServerParts parts) throws PortInUseException, IOException {
        return start(config, parts, IPV6_LOOPBACK);
    }

    /**
     * As {@link #start(BridgeConfig, ServerParts)}, with the address tried as the IPv6 loopback given, so that a
     * test can make that bind fail on a machine that has {@code ::1}.
     */
    static BridgeServer start(BridgeConfig config, ServerParts parts, String ipv6Loopback)
            throws PortInUseException, IOException {
        Server server = new Server();
        server.setStopAtShutdown(false);
        OriginPolicy policy = new OriginPolicy(
                config.allowedOrigins(),
                config.allowedOriginSuffixes(),
                config.originPrompt() && !config.unattended(),
                RememberedOrigins.load(config.home().resolve(RememberedOrigins.FILE_NAME)));
        RequestDispatcher dispatcher =
                new RequestDispatcher(parts.modules(), parts.auditLog(), parts.connections(), parts.clock());
        String greeting =
                "{\"result\":{\"version\":\"1.4\",\"implementation\":\"qoltanba-bridge/" + parts.version() + "\"}}";
        UpgradeGate gate = new UpgradeGate(
                policy,
                parts.consentPrompt(),
                dispatcher,
                parts.auditLog(),
                parts.clock(),
                parts.moduleExecutor(),
                config.queueLimit(),
                greeting);
        WebSocketUpgradeHandler webSockets = WebSocketUpgradeHandler.from(server, container -> {
            container.setMaxTextMessageSize(config.maxFrameBytes());
            container.setMaxFrameSize(config.maxFrameBytes());
            container.setMaxBinaryMessageSize(config.maxFrameBytes());
            container.setIdleTimeout(Duration.ofDays(1));
            container.addMapping("/", gate);
        });
        StatusPageHandler statusPage = new StatusPageHandler(parts.version(), parts.modules(), parts.tls());
        webSockets.setHandler(parts.httpHandlers().apply(statusPage));
        server.setHandler(new HostCheckHandler(webSockets));

        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(parts.tls().keyStore());
        ssl.setKeyStorePassword(parts.tls().keyStorePassword());
        ServerConnector ipv4 = connector(server, ssl, "127.0.0.1", config.port());
        server.addConnector(ipv4);
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            if (isBindFailure(e)) {
                throw new PortInUseException(config.port(), e);
            }
            throw new IOException("The WebSocket server did not start: " + e.getMessage(), e);
        }
        int boundPort = ipv4.getLocalPort();
        boolean ipv6 = addIpv6(server, ssl, ipv6Loopback, boundPort);
        LOG.info(
                "Listening on wss://127.0.0.1:{}/{}",
                boundPort,
                ipv6 ? " and wss://[" + ipv6Loopback + "]:" + boundPort + "/" : "");
        return new BridgeServer(server, boundPort, ipv6, ssl, statusPage);
    }

    private static boolean addIpv6(Server server, SslContextFactory.Server ssl, String host, int port) {
        ServerConnector connector = connector(server, ssl, host, port);
        try {
            server.addConnector(connector);
            connector.start();
            return true;
        } catch (Exception e) {
            server.removeConnector(connector);
            LOG.info("No IPv6 loopback listener ([{}]:{}): {}; serving on 127.0.0.1 only", host, port, e.getMessage());
            return false;
        }
    }

    private static ServerConnector connector(Server server, SslContextFactory.Server ssl, String host, int port) {
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        secure.setSniHostCheck(false);
        http.addCustomizer(secure);
        ServerConnector connector =
                new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        return connector;
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception ignored) {
            // already failing to start; the start failure is what the caller reports
        }
    }

    public int port() {
        return port;
    }

    /** Serves new TLS credentials to new connections from now on (open sockets keep theirs); no restart. */
    public void reloadTls(TlsCredentials credentials) {
        try {
            ssl.reload(factory -> {
                factory.setKeyStore(credentials.keyStore());
                factory.setKeyStorePassword(credentials.keyStorePassword());
            });
            statusPage.useCredentials(credentials);
        } catch (Exception e) {
            LOG.warn("The new TLS certificate could not be loaded ({}); restart the bridge to use it.", e.getMessage());
        }
    }

    public boolean listensOnIpv6() {
        return ipv6;
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("The WebSocket server did not stop cleanly: {}", e.getMessage());
        }
    }
}

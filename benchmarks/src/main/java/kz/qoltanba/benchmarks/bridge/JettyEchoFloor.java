package kz.qoltanba.benchmarks.bridge;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * The floor that the WebSocket server library itself sets: the same Jetty 12 WebSocket server and TLS set-up as
 * the bridge (the bridge's own server key from its home), in its own JVM, answering every text frame with a fixed
 * answer of a signature answer's size and nothing else: no JSON, no routing, no module, no log line. In
 * {@code inline} mode the answer is sent on the Jetty thread that read the frame; in {@code handoff} mode on a
 * thread of a cached pool, as the bridge's module threads do. Measured with the benchmark's own client, so the
 * difference to the no-op request through the bridge is the bridge's own work. In {@code inline} mode the same
 * connector also serves {@link FloorPage}, which times the echo from a browser.
 */
final class JettyEchoFloor {
    /** Where the echo server answered: on the Jetty thread, or after a hand-off to a pool thread. */
    enum Mode {
        INLINE,
        HANDOFF
    }

    private JettyEchoFloor() {}

    /**
     * The echo server: {@code <server.p12> <its password file> <answer file> <inline|handoff>}. Prints its port on
     * the first line, greets every socket as the bridge does, then answers every text frame with the answer file's
     * text, until stopped. In inline mode it also serves {@link FloorPage#PATH} to plain HTTPS requests.
     */
    public static void main(String[] args) throws Exception {
        String password = Files.readString(Path.of(args[1])).strip();
        String answer = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8);
        Mode mode = Mode.valueOf(args[3].toUpperCase(Locale.ROOT));
        ExecutorService pool = Executors.newCachedThreadPool();
        Server server = new Server();
        WebSocketUpgradeHandler webSockets = WebSocketUpgradeHandler.from(server, container -> {
            container.setMaxTextMessageSize(16 * 1024 * 1024);
            container.setIdleTimeout(Duration.ofDays(1));
            container.addMapping("/", (request, response, callback) -> {
                response.setExtensions(List.of()); // as the bridge: no compression, whatever the client offers
                return new Echo(answer, mode, pool);
            });
        });
        if (mode == Mode.INLINE) {
            webSockets.setHandler(new FloorPage());
        }
        server.setHandler(webSockets);
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(Path.of(args[0]))) {
            keys.load(in, password.toCharArray());
        }
        ssl.setKeyStore(keys);
        ssl.setKeyStorePassword(password);
        HttpConfiguration http = new HttpConfiguration();
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        secure.setSniHostCheck(false);
        http.addCustomizer(secure);
        ServerConnector connector =
                new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.start();
        System.out.println(connector.getLocalPort());
        System.out.flush();
        server.join();
    }

    /** One socket of the echo server. Public only because Jetty binds listener methods reflectively. */
    public static final class Echo implements Session.Listener.AutoDemanding {
        private final String answer;
        private final Mode mode;
        private final ExecutorService pool;
        private volatile Session session;

        Echo(String answer, Mode mode, ExecutorService pool) {
            this.answer = answer;
            this.mode = mode;
            this.pool = pool;
        }

        @Override
        public void onWebSocketOpen(Session opened) {
            session = opened;
            opened.sendText("{\"result\":{\"version\":\"1.4\"}}", Callback.NOOP);
        }

        @Override
        public void onWebSocketText(String message) {
            if (mode == Mode.INLINE) {
                session.sendText(answer, Callback.NOOP);
            } else {
                pool.execute(() -> session.sendText(answer, Callback.NOOP));
            }
        }
    }

    /**
     * The echo's round trips with the benchmark's (Jetty) client and, for the inline echo, the JDK's client and,
     * when asked for, headless Chromium (else null).
     */
    record Floor(
            Latencies jettyClient, String jettyClientExtensions, Latencies jdkClient, BrowserFloor.Result browser) {}

    /**
     * Starts the echo server as its own process with the bridge's server key from {@code home}, answering with
     * {@code answer}, then times {@code count} requests on one socket after {@code warmup} on another, with the
     * benchmark's client sending {@code request} each time; then as many with the JDK's client and, if
     * {@code withBrowser}, from headless Chromium (inline mode only, else null).
     */
    static Floor measure(
            Path home,
            KeyStore trust,
            String request,
            String answer,
            Mode mode,
            int warmup,
            int count,
            List<String> extensions,
            boolean withBrowser,
            Path work)
            throws Exception {
        Path answerFile = Files.writeString(work.resolve("echo-answer.txt"), answer, StandardCharsets.UTF_8);
        ProcessBuilder.Redirect log =
                ProcessBuilder.Redirect.to(work.resolve("echo-" + mode.name().toLowerCase(Locale.ROOT) + ".log")
                        .toFile());
        try (PortServer server = PortServer.start(
                JettyEchoFloor.class,
                log,
                home.resolve("tls/server.p12").toString(),
                home.resolve("tls/server.p12.password").toString(),
                answerFile.toString(),
                mode.name())) {
            URI uri = URI.create("wss://127.0.0.1:" + server.port + "/");
            SocketLoad.fixed(uri, trust, request, warmup, extensions);
            SocketLoad.Result measured = SocketLoad.fixed(uri, trust, request, count, extensions);
            if (measured.lost() != 0) {
                throw new IOException("the Jetty echo server left " + measured.lost() + " requests unanswered");
            }
            boolean inline = mode == Mode.INLINE;
            Latencies jdk = inline ? JdkSocketClient.repeat(uri, trust, request, warmup, count) : null;
            BrowserFloor.Result browser =
                    inline && withBrowser ? BrowserFloor.measure(server.port, request, warmup, count, work) : null;
            String accepted = measured.negotiatedExtensions().isEmpty() ? "none" : measured.negotiatedExtensions();
            return new Floor(measured.latencies(), accepted, jdk, browser);
        }
    }
}

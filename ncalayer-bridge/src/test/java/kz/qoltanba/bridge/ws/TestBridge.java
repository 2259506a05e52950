package kz.qoltanba.bridge.ws;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import kz.qoltanba.bridge.audit.AuditEvent;
import kz.qoltanba.bridge.config.BridgeConfig;
import kz.qoltanba.bridge.config.UnattendedKeys;
import kz.qoltanba.bridge.origin.ConsentPrompt;
import kz.qoltanba.bridge.origin.Origin;
import kz.qoltanba.bridge.tls.ServerCertificateStore;
import kz.qoltanba.bridge.tls.TlsCredentials;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.transport.HttpClientTransportOverHTTP;
import org.eclipse.jetty.io.ClientConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.websocket.client.ClientUpgradeRequest;
import org.eclipse.jetty.websocket.client.WebSocketClient;

/** A real bridge server on a free port with a real TLS WebSocket client that trusts its certificate. */
public final class TestBridge implements AutoCloseable {
    public static final String LISTED_ORIGIN = "https://portal.example.com";

    final List<AuditEvent> audit = new CopyOnWriteArrayList<>();
    final TlsCredentials tls;
    public final BridgeServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final WebSocketClient client;

    public TestBridge(Path home, ModuleDirectory modules, ConsentPrompt consent, int maxFrameBytes, boolean unattended)
            throws Exception {
        tls = new ServerCertificateStore(home.resolve("tls"), Clock.systemUTC(), new SecureRandom()).loadOrCreate();
        server = BridgeServer.start(config(home, 0, maxFrameBytes, unattended), parts(modules, consent));
        client = new WebSocketClient(httpClient());
        client.start();
    }

    static BridgeConfig config(Path home, int port, int maxFrameBytes, boolean unattended) {
        return new BridgeConfig(
                home,
                port,
                Set.of(
                        Origin.parse(LISTED_ORIGIN).orElseThrow(),
                        Origin.parse("http://127.0.0.1:8080").orElseThrow()),
                List.of("gov.kz", "egov.kz"),
                true,
                maxFrameBytes,
                32,
                5,
                URI.create("http://tsp.pki.gov.kz"),
                List.of(),
                unattended ? Optional.of(new UnattendedKeys(null, null, home)) : Optional.empty());
    }

    ServerParts parts(ModuleDirectory modules, ConsentPrompt consent) {
        return new ServerParts(modules, consent, audit::add, tls, executor, Clock.systemUTC(), "0.1.0-test");
    }

    private HttpClient httpClient() throws Exception {
        SslContextFactory.Client ssl = new SslContextFactory.Client();
        ssl.setTrustStore(trustStore());
        ClientConnector connector = new ClientConnector();
        connector.setSslContextFactory(ssl);
        return new HttpClient(new HttpClientTransportOverHTTP(connector));
    }

    KeyStore trustStore() throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("bridge", tls.certificate());
        return trust;
    }

    URI uri() {
        return URI.create("wss://127.0.0.1:" + server.port() + "/");
    }

    /** Connects from an origin and consumes the greeting. */
    public TestSocket connect(String origin) throws Exception {
        TestSocket socket = connectKeepingGreeting(origin);
        socket.next();
        return socket;
    }

    TestSocket connectKeepingGreeting(String origin, String... offeredExtensions) throws Exception {
        TestSocket socket = new TestSocket();
        ClientUpgradeRequest request = new ClientUpgradeRequest(uri());
        if (origin != null) {
            request.setHeader("Origin", origin);
        }
        if (offeredExtensions.length > 0) {
            request.addExtensions(offeredExtensions);
        }
        client.connect(socket, request).get(5, TimeUnit.SECONDS);
        return socket;
    }

    /** Sends a raw upgrade request over TLS and returns the HTTP status line. */
    String rawUpgrade(String host, String origin) throws Exception {
        return rawUpgrade("127.0.0.1", host, origin);
    }

    /** Sends a raw upgrade request to one listening address. */
    String rawUpgrade(String address, String host, String origin) throws Exception {
        return rawRequest(
                address,
                "GET / HTTP/1.1\r\nHost: " + host + "\r\n"
                        + (origin == null ? "" : "Origin: " + origin + "\r\n")
                        + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                        + "Sec-WebSocket-Version: 13\r\n\r\n");
    }

    /** Sends a raw HTTP request over TLS and returns the whole response up to the first 64 KiB. */
    String rawRequest(String request) throws Exception {
        return rawRequest("127.0.0.1", request);
    }

    String rawRequest(String address, String request) throws Exception {
        return rawRequest(address, server.port(), request);
    }

    /** Sends a raw HTTP request over TLS to another server that serves this bridge's certificate. */
    String rawRequest(String address, int port, String request) throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trustStore());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), new SecureRandom());
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(address, port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder response = new StringBuilder();
            String line;
            try {
                while ((line = in.readLine()) != null && response.length() < 65536) {
                    response.append(line).append('\n');
                    if (line.contains("</html>") || line.startsWith("Sec-WebSocket-Accept")) {
                        break;
                    }
                }
            } catch (IOException timeoutOrClose) {
                // the response so far is what the test asserts on
            }
            return response.toString();
        }
    }

    @Override
    public void close() throws Exception {
        client.stop();
        server.close();
        executor.shutdownNow();
    }
}

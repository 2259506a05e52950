package kz.qoltanba.bridge.unattended;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.transport.HttpClientTransportOverHTTP;
import org.eclipse.jetty.io.ClientConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.websocket.client.ClientUpgradeRequest;
import org.eclipse.jetty.websocket.client.WebSocketClient;

/** The Jetty WebSocket client over TLS, trusting only the bridge's own server certificate. */
public final class WireClient implements AutoCloseable {
    public static final String ORIGIN = "https://portal.example.com";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebSocketClient client;
    private final int port;

    public WireClient(X509Certificate serverCertificate, int port) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("bridge", serverCertificate);
        SslContextFactory.Client ssl = new SslContextFactory.Client();
        ssl.setTrustStore(trust);
        ClientConnector connector = new ClientConnector();
        connector.setSslContextFactory(ssl);
        client = new WebSocketClient(new HttpClient(new HttpClientTransportOverHTTP(connector)));
        client.start();
        this.port = port;
    }

    /** Connects from the allowed origin and checks the greeting. */
    public WireSocket connect() throws Exception {
        WireSocket socket = new WireSocket();
        ClientUpgradeRequest request = new ClientUpgradeRequest(URI.create("wss://127.0.0.1:" + port + "/"));
        request.setHeader("Origin", ORIGIN);
        client.connect(socket, request).get(10, TimeUnit.SECONDS);
        JsonNode greeting = JSON.readTree(socket.next(10));
        if (!greeting.path("result").has("version")) {
            throw new AssertionError("not a greeting: " + greeting);
        }
        return socket;
    }

    public static JsonNode call(WireSocket socket, String request) throws Exception {
        socket.send(request);
        return JSON.readTree(socket.next(30));
    }

    @Override
    public void close() throws Exception {
        client.stop();
    }
}

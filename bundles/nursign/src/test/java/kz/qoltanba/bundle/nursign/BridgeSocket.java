package kz.qoltanba.bundle.nursign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.transport.HttpClientTransportOverHTTP;
import org.eclipse.jetty.io.ClientConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.client.ClientUpgradeRequest;
import org.eclipse.jetty.websocket.client.WebSocketClient;

/** A page's WebSocket to the bridge (Jetty client, an {@code Origin} header), one request and its answer at a time. */
final class BridgeSocket implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebSocketClient client;
    private final Frames frames = new Frames();

    private BridgeSocket(WebSocketClient client) {
        this.client = client;
    }

    static BridgeSocket connect(int port, String origin) throws Exception {
        SslContextFactory.Client ssl = new SslContextFactory.Client(true);
        ClientConnector connector = new ClientConnector();
        connector.setSslContextFactory(ssl);
        WebSocketClient client = new WebSocketClient(new HttpClient(new HttpClientTransportOverHTTP(connector)));
        client.setMaxTextMessageSize(64L << 20);
        // a large file keeps the socket silent while it is hashed and uploaded
        client.setIdleTimeout(java.time.Duration.ofMinutes(30));
        client.start();
        BridgeSocket socket = new BridgeSocket(client);
        ClientUpgradeRequest request = new ClientUpgradeRequest(URI.create("wss://127.0.0.1:" + port + "/"));
        request.setHeader("Origin", origin);
        client.connect(socket.frames, request).get(20, TimeUnit.SECONDS);
        JsonNode greeting = JSON.readTree(socket.frames.next(20));
        if (!greeting.path("result").has("version")) {
            throw new AssertionError("not a greeting: " + greeting);
        }
        return socket;
    }

    /** Sends one request and waits for its answer. */
    JsonNode call(String request, int seconds) throws Exception {
        frames.session.sendText(request, Callback.NOOP);
        return JSON.readTree(frames.next(seconds));
    }

    JsonNode call(String request) throws Exception {
        return call(request, 60);
    }

    @Override
    public void close() throws Exception {
        client.stop();
    }

    /** Frames received, in order. */
    public static final class Frames implements Session.Listener.AutoDemanding {
        private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
        private volatile Session session;

        @Override
        public void onWebSocketOpen(Session opened) {
            session = opened;
        }

        @Override
        public void onWebSocketText(String message) {
            received.add(message);
        }

        String next(int seconds) throws InterruptedException {
            String frame = received.poll(seconds, TimeUnit.SECONDS);
            if (frame == null) {
                throw new AssertionError("no frame within " + seconds + " s");
            }
            return frame;
        }
    }
}

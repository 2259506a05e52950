package kz.qoltanba.benchmarks.bridge;

import java.net.URI;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.transport.HttpClientTransportOverHTTP;
import org.eclipse.jetty.io.ClientConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.client.ClientUpgradeRequest;
import org.eclipse.jetty.websocket.client.WebSocketClient;

/**
 * Opens {@code sockets} WebSockets to the bridge and, on each, sends its documents as basics {@code sign}
 * requests one after the other (the protocol correlates by order), each as soon as the previous answer
 * arrived. All sockets run at once; the clock runs from the first request to the last answer.
 */
final class SocketLoad {
    /** Pages on these domains connect without a consent question, unattended mode included. */
    static final String ORIGIN = "https://bench.gov.kz";

    private static final long TIMEOUT_MINUTES = 15;

    /** One document, the frame that answered it (null when none came) and the round trip. */
    record Answer(byte[] document, String response, long nanos) {}

    /**
     * Every answer in socket order, the latencies of those that came, how many never came, and the WebSocket
     * extensions the bridge accepted (empty: none).
     */
    record Result(List<Answer> answers, Latencies latencies, int lost, String negotiatedExtensions) {}

    /** The request the accessory module answers without signing: the round trip of the transport and dispatch. */
    static final String NO_OP_REQUEST =
            "{\"module\":\"kz.gov.pki.ncalayerservices.accessory\",\"method\":\"getBundles\"}";

    private SocketLoad() {}

    /**
     * Signs each socket's documents. {@code extensions} are offered at the upgrade as a browser offers them
     * ({@code permessage-deflate} for Chromium and Firefox); the bridge decides which it accepts.
     */
    static Result run(URI uri, KeyStore trust, List<List<byte[]>> documentsPerSocket, List<String> extensions)
            throws Exception {
        return run(uri, trust, documentsPerSocket, extensions, SocketLoad::signRequest);
    }

    /** {@code count} no-op requests one after the other on one socket ({@link #NO_OP_REQUEST}). */
    static Result noOps(URI uri, KeyStore trust, int count, List<String> extensions) throws Exception {
        return fixed(uri, trust, NO_OP_REQUEST, count, extensions);
    }

    /** {@code count} times the same request text, one after the other on one socket. */
    static Result fixed(URI uri, KeyStore trust, String request, int count, List<String> extensions) throws Exception {
        List<byte[]> nothing = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            nothing.add(new byte[0]);
        }
        return run(uri, trust, List.of(nothing), extensions, document -> request);
    }

    private static Result run(
            URI uri,
            KeyStore trust,
            List<List<byte[]>> documentsPerSocket,
            List<String> extensions,
            Function<byte[], String> requestOf)
            throws Exception {
        SslContextFactory.Client ssl = new SslContextFactory.Client();
        ssl.setTrustStore(trust);
        ClientConnector connector = new ClientConnector();
        connector.setSslContextFactory(ssl);
        HttpClient http = new HttpClient(new HttpClientTransportOverHTTP(connector));
        http.setMaxConnectionsPerDestination(documentsPerSocket.size() + 16);
        WebSocketClient client = new WebSocketClient(http);
        client.setMaxTextMessageSize(16 * 1024 * 1024);
        client.setIdleTimeout(Duration.ofMinutes(TIMEOUT_MINUTES));
        client.start();
        try {
            CountDownLatch greeted = new CountDownLatch(documentsPerSocket.size());
            CountDownLatch done = new CountDownLatch(documentsPerSocket.size());
            List<SignSocket> drivers = new ArrayList<>();
            List<CompletableFuture<Session>> connections = new ArrayList<>();
            for (List<byte[]> documents : documentsPerSocket) {
                SignSocket driver = new SignSocket(
                        documents, documents.stream().map(requestOf).toArray(String[]::new), greeted, done);
                drivers.add(driver);
                ClientUpgradeRequest request = new ClientUpgradeRequest(uri);
                request.setHeader("Origin", ORIGIN);
                if (!extensions.isEmpty()) {
                    request.addExtensions(extensions.toArray(String[]::new));
                }
                connections.add(client.connect(driver, request));
            }
            for (CompletableFuture<Session> connection : connections) {
                connection.get(60, TimeUnit.SECONDS);
            }
            if (!greeted.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not every socket received the greeting");
            }
            long start = System.nanoTime();
            drivers.forEach(SignSocket::sendNext);
            done.await(TIMEOUT_MINUTES, TimeUnit.MINUTES);
            long wall = System.nanoTime() - start;
            drivers.forEach(SignSocket::close);
            return collect(drivers, wall);
        } finally {
            client.stop();
            http.stop();
        }
    }

    private static Result collect(List<SignSocket> drivers, long wall) {
        List<Answer> answers = new ArrayList<>();
        List<Long> nanos = new ArrayList<>();
        int lost = 0;
        for (SignSocket driver : drivers) {
            synchronized (driver) {
                for (int i = 0; i < driver.documents.size(); i++) {
                    String response = driver.responses[i];
                    answers.add(new Answer(driver.documents.get(i), response, driver.latencies[i]));
                    if (response == null) {
                        lost++;
                    } else {
                        nanos.add(driver.latencies[i]);
                    }
                }
            }
        }
        long[] measured = nanos.stream().mapToLong(Long::longValue).toArray();
        String negotiated = drivers.isEmpty() ? "" : drivers.get(0).negotiatedExtensions;
        return new Result(answers, new Latencies(measured, wall), lost, negotiated);
    }

    static String signRequest(byte[] document) {
        return "{\"module\":\"kz.gov.pki.knca.basics\",\"method\":\"sign\",\"args\":{\"format\":\"cms\","
                + "\"data\":\"" + Base64.getEncoder().encodeToString(document) + "\","
                + "\"signingParams\":{\"decode\":true},"
                + "\"signerParams\":{\"extKeyUsageOids\":[],\"chain\":[]}}}";
    }
}

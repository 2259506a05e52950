package kz.qoltanba.benchmarks.bridge;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A second WebSocket client for the floor measurement: the JDK's own ({@code java.net.http}), so that the floor
 * does not rest on one client library. Sends the same request text again and again on one socket, each when the
 * previous answer has arrived whole.
 */
final class JdkSocketClient {
    private static final long TIMEOUT_SECONDS = 60;

    private JdkSocketClient() {}

    /** {@code warmup} untimed round trips, then {@code count} timed ones, on one socket. */
    static Latencies repeat(URI uri, KeyStore trust, String request, int warmup, int count) throws Exception {
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trust);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trustManagers.getTrustManagers(), null);
        HttpClient http = HttpClient.newBuilder()
                .sslContext(tls)
                .connectTimeout(Duration.ofSeconds(TIMEOUT_SECONDS))
                .build();
        BlockingQueue<String> answers = new LinkedBlockingQueue<>();
        WebSocket socket = http.newWebSocketBuilder()
                .header("Origin", SocketLoad.ORIGIN)
                .buildAsync(uri, new Collector(answers))
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        try {
            take(answers); // the greeting
            long[] nanos = new long[count];
            long start = 0;
            for (int i = 0; i < warmup + count; i++) {
                if (i == warmup) {
                    start = System.nanoTime();
                }
                long sent = System.nanoTime();
                socket.sendText(request, true).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                take(answers);
                if (i >= warmup) {
                    nanos[i - warmup] = System.nanoTime() - sent;
                }
            }
            return new Latencies(nanos, System.nanoTime() - start);
        } finally {
            socket.abort();
        }
    }

    private static String take(BlockingQueue<String> answers) throws InterruptedException {
        String answer = answers.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (answer == null) {
            throw new IllegalStateException("no answer within " + TIMEOUT_SECONDS + " s");
        }
        return answer;
    }

    /** Joins a message's parts and queues it whole. */
    private static final class Collector implements WebSocket.Listener {
        private final BlockingQueue<String> answers;
        private final StringBuilder message = new StringBuilder();

        Collector(BlockingQueue<String> answers) {
            this.answers = answers;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                answers.add(message.toString());
                message.setLength(0);
            }
            socket.request(1);
            return null;
        }
    }
}

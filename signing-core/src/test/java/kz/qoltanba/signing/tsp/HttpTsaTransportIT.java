package kz.qoltanba.signing.tsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP transport against real sockets: a local RFC 3161 responder and an authenticating proxy. */
class HttpTsaTransportIT {
    private static final Instant NOW = Instant.parse("2026-09-01T00:00:00Z");
    private static TestTsa tsa;
    private final List<HttpServer> servers = new CopyOnWriteArrayList<>();
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void createTsa() {
        tsa = new TestTsa(
                new TestCertificates(KeyAlgorithm.RSA, NOW).tsaKey("HTTP TSA"), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        servers.forEach(server -> server.stop(0));
    }

    private URI serve(HttpHandler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", handler);
        server.start();
        servers.add(server);
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
    }

    private HttpHandler tsaHandler() {
        return exchange -> {
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type"));
            answer(exchange, 200, tsa.respond(exchange.getRequestBody().readAllBytes()));
        };
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    @Test
    void whenTsaAnswersOverHttp_thenTokenIsReturned() throws Exception {
        URI url = serve(tsaHandler());

        byte[] token = TimestampClient.create(TsaConfig.of(url)).timestamp("data".getBytes());

        assertThat(new TimeStampToken(new CMSSignedData(token))
                        .getTimeStampInfo()
                        .getGenTime()
                        .toInstant())
                .isEqualTo(NOW);
        assertThat(seen).containsExactly("POST /tsa application/timestamp-query");
    }

    @Test
    void whenProxyRequiresBasicAuth_thenCredentialsAreSentAndTheRequestGoesThroughIt() throws Exception {
        String expected = "Basic " + Base64.getEncoder().encodeToString("qoltanba:s3cret".getBytes());
        URI proxy = serve(exchange -> {
            String credentials = exchange.getRequestHeaders().getFirst("Proxy-Authorization");
            seen.add("proxy " + exchange.getRequestURI());
            if (!expected.equals(credentials)) {
                exchange.getResponseHeaders().add("Proxy-Authenticate", "Basic realm=\"test\"");
                answer(exchange, 407, new byte[0]);
                return;
            }
            answer(exchange, 200, tsa.respond(exchange.getRequestBody().readAllBytes()));
        });
        TsaConfig config = TsaConfig.of(URI.create("http://tsa.example.invalid/tsr"))
                .withProxy(new TsaProxy("127.0.0.1", proxy.getPort(), "qoltanba", "s3cret".toCharArray()));

        byte[] token = TimestampClient.create(config).timestamp("data".getBytes());

        assertThat(token).isNotEmpty();
        assertThat(seen).containsExactly("proxy http://tsa.example.invalid/tsr");
        TsaConfig wrong =
                config.withProxy(new TsaProxy("127.0.0.1", proxy.getPort(), "qoltanba", "wrong".toCharArray()));
        assertThatThrownBy(() -> TimestampClient.create(wrong).timestamp("data".getBytes()))
                .isInstanceOf(TsaUnavailableException.class)
                .hasMessageContaining("407")
                .hasMessageNotContaining("wrong");
    }

    @Test
    void whenTsaIsSlowerThanTheTimeout_thenUnavailableNamingTheTimeout() throws Exception {
        URI url = serve(exchange -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        TsaConfig config = TsaConfig.of(url).withTimeout(Duration.ofMillis(300));
        long start = System.nanoTime();

        assertThatThrownBy(() -> TimestampClient.create(config).timestamp("data".getBytes()))
                .isInstanceOf(TsaUnavailableException.class)
                .hasMessageContaining("did not answer within");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void whenTsaAnswersAnHttpError_thenUnavailableWithTheStatus() throws Exception {
        URI url = serve(exchange -> answer(exchange, 503, "busy".getBytes(StandardCharsets.US_ASCII)));
        assertThatThrownBy(() -> TimestampClient.create(TsaConfig.of(url)).timestamp("data".getBytes()))
                .isInstanceOf(TsaUnavailableException.class)
                .hasMessageContaining("HTTP 503");
    }

    @Test
    void whenNothingListens_thenUnavailable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        TsaConfig config = TsaConfig.of(URI.create("http://127.0.0.1:" + port + "/"));
        assertThatThrownBy(() -> TimestampClient.create(config, TsaTransport.http(), new SecureRandom())
                        .timestamp("data".getBytes()))
                .isInstanceOf(TsaUnavailableException.class);
    }
}

package kz.qoltanba.bridge.ws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import kz.qoltanba.bridge.origin.ConsentPrompt;
import kz.qoltanba.bridge.spi.NcaModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentSocketsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SOCKETS = 20;
    private static final int REQUESTS = 10;

    @TempDir
    Path home;

    /** Answers with the request's data after a random short delay, so answers would overtake if allowed to. */
    private final NcaModule slowEcho = request -> CompletableFuture.supplyAsync(
            () -> {
                try {
                    return "{\"result\":" + JSON.readTree(request.json()).path("data") + "}";
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            },
            CompletableFuture.delayedExecutor(ThreadLocalRandom.current().nextInt(0, 15), TimeUnit.MILLISECONDS));

    @Test
    void whenManySocketsSendAtOnce_thenEverySocketGetsItsOwnAnswersInOrder() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(SOCKETS);
        try (TestBridge bridge = new TestBridge(
                home, new MapModuleDirectory().with("test.echo", slowEcho), ConsentPrompt.denyAll(), 1 << 20, false)) {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int s = 0; s < SOCKETS; s++) {
                results.add(clients.submit(() -> exchange(bridge)));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            clients.shutdownNow();
        }
    }

    private static boolean exchange(TestBridge bridge) throws Exception {
        TestSocket socket = bridge.connect("https://egov.kz");
        SecureRandom random = new SecureRandom();
        List<String> sent = new ArrayList<>();
        for (int r = 0; r < REQUESTS; r++) {
            byte[] data = new byte[32];
            random.nextBytes(data);
            String hex = HexFormat.of().formatHex(data);
            sent.add(hex);
            socket.send("{\"module\":\"test.echo\",\"data\":\"" + hex + "\"}");
        }
        for (String expected : sent) {
            assertThat(JSON.readTree(socket.next()).path("result").asText()).isEqualTo(expected);
        }
        socket.close();
        return true;
    }
}

package kz.qoltanba.bridge.unattended;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.qoltanba.bridge.config.BridgeConfigLoader;
import kz.qoltanba.bridge.config.CommandLineSettings;
import kz.qoltanba.bridge.origin.ConsentPrompt;
import kz.qoltanba.bridge.runtime.RunningBridge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Twenty sockets at once, each sending ten signing requests over its own random data without waiting: every
 * answer arrives on its socket in order and verifies (HARD revocation) against exactly that socket's data.
 */
class WireConcurrencyIT {
    private static final int SOCKETS = 20;
    private static final int SIGNATURES = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    private record Signed(byte[] data, byte[] cms) {}

    @Test
    void whenTwentySocketsSendTenSignaturesEach_thenEverySignatureVerifiesOverItsOwnData() throws Exception {
        try (WireFixture fixture = new WireFixture(work);
                RunningBridge bridge = RunningBridge.start(
                        new BridgeConfigLoader(Map.of(), new Properties())
                                .load(new CommandLineSettings(
                                        fixture.home,
                                        0,
                                        List.of(WireClient.ORIGIN),
                                        fixture.tsaUrl(),
                                        List.of(fixture.rsaRoot, fixture.gostRoot),
                                        true,
                                        null,
                                        null,
                                        fixture.keysDir)),
                        ConsentPrompt.denyAll(),
                        Clock.systemUTC());
                WireClient client = new WireClient(fixture.serverCertificate, bridge.port())) {
            ExecutorService threads = Executors.newFixedThreadPool(SOCKETS);
            try {
                List<Future<List<Signed>>> sockets = new ArrayList<>();
                for (int s = 0; s < SOCKETS; s++) {
                    sockets.add(threads.submit(() -> signOnOneSocket(client)));
                }
                List<Signed> all = new ArrayList<>();
                for (Future<List<Signed>> socket : sockets) {
                    all.addAll(socket.get(5, TimeUnit.MINUTES));
                }
                assertThat(all).hasSize(SOCKETS * SIGNATURES);
                for (Signed signed : all) {
                    WireEndToEndIT.passed(fixture.verifyCms(signed.cms(), signed.data()));
                }
            } finally {
                threads.shutdownNow();
            }
        }
    }

    private static List<Signed> signOnOneSocket(WireClient client) throws Exception {
        SecureRandom random = new SecureRandom();
        WireSocket socket = client.connect();
        try {
            List<byte[]> data = new ArrayList<>();
            for (int i = 0; i < SIGNATURES; i++) {
                byte[] document = new byte[64 + random.nextInt(512)];
                random.nextBytes(document);
                data.add(document);
                socket.send(WireEndToEndIT.commonUtils(
                        "createCAdESFromBase64",
                        "PKCS12",
                        "SIGNATURE",
                        Base64.getEncoder().encodeToString(document),
                        false));
            }
            List<Signed> result = new ArrayList<>();
            for (int i = 0; i < SIGNATURES; i++) {
                JsonNode answer = JSON.readTree(socket.next(120));
                assertThat(answer.path("code").asText()).as(answer.toString()).isEqualTo("200");
                result.add(new Signed(
                        data.get(i),
                        Base64.getDecoder().decode(answer.get("responseObject").asText())));
            }
            return result;
        } finally {
            socket.close();
        }
    }
}

package kz.qoltanba.bridge.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import kz.qoltanba.bridge.audit.AuditEvent;
import kz.qoltanba.bridge.origin.Consent;
import kz.qoltanba.bridge.origin.ConsentPrompt;
import kz.qoltanba.bridge.origin.Origin;
import kz.qoltanba.bridge.spi.NcaModule;
import kz.qoltanba.bridge.spi.UserCancelledException;
import kz.qoltanba.bridge.testutil.StderrLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BridgeServerIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASICS = "kz.gov.pki.knca.basics";
    private static final String COMMON_UTILS = "kz.gov.pki.knca.commonUtils";
    private static final String NURSIGN = "NURSign";
    private static final String ACCESSORY = "kz.gov.pki.ncalayerservices.accessory";
    private static final int MAX_FRAME = 64 * 1024;

    @TempDir
    Path home;

    private final List<Origin> asked = new CopyOnWriteArrayList<>();
    private volatile Consent consentAnswer = Consent.DENY;
    private volatile CompletableFuture<Consent> pendingAnswer;
    private final CompletableFuture<Void> gate = new CompletableFuture<>();
    private TestBridge bridge;

    /** Echoes the request's "n" once the gate opens, in the basics envelope. */
    private final NcaModule gated = request -> gate.thenApply(v -> "{\"status\":true,\"body\":{\"result\":[\""
            + field(request.json(), "n") + "@" + request.origin() + "\"]}}");

    private final NcaModule answering = request -> CompletableFuture.completedFuture(
            "{\"code\":\"200\",\"responseObject\":\"" + field(request.json(), "method") + "\"}");

    private final NcaModule cancelling =
            request -> CompletableFuture.failedFuture(new UserCancelledException("closed the dialog"));

    private final NcaModule throwing = request -> {
        throw new IllegalStateException("secret detail /home/user/key.p12");
    };

    private final NcaModule bundles =
            request -> CompletableFuture.completedFuture("{\"kz.qoltanba.bundle.x\":\"1.0.0\"}");

    @BeforeEach
    void startBridge() throws Exception {
        MapModuleDirectory modules = new MapModuleDirectory()
                .with(BASICS, gated)
                .with(COMMON_UTILS, answering)
                .with(NURSIGN, cancelling)
                .with("test.throwing", throwing)
                .with(ACCESSORY, bundles);
        ConsentPrompt prompt = origin -> {
            asked.add(origin);
            CompletableFuture<Consent> pending = pendingAnswer;
            return pending != null ? pending : CompletableFuture.completedFuture(consentAnswer);
        };
        bridge = new TestBridge(home, modules, prompt, MAX_FRAME, false);
    }

    @AfterEach
    void stopBridge() throws Exception {
        gate.complete(null);
        if (bridge != null) {
            bridge.close();
        }
    }

    private static String field(String json, String name) {
        try {
            return JSON.readTree(json).path(name).asText();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    private void assertStillServes(TestSocket socket) throws Exception {
        socket.send("--heartbeat--");
        assertThat(socket.next()).isEqualTo("--heartbeat--");
    }

    @Test
    void whenSocketOpens_thenGreetingIsTheFirstFrame() throws Exception {
        TestSocket socket = bridge.connectKeepingGreeting(TestBridge.LISTED_ORIGIN);

        JsonNode greeting = json(socket.next());

        assertThat(greeting.path("result").path("version").asText()).isEqualTo("1.4");
        assertThat(greeting.size()).isEqualTo(1);
    }

    @Test
    void whenHeartbeatIsSent_thenItIsEchoedUnchanged() throws Exception {
        TestSocket socket = bridge.connect(TestBridge.LISTED_ORIGIN);

        socket.send("--heartbeat--");

        assertThat(socket.next()).isEqualTo("--heartbeat--");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not json",
                "[1,2]",
                "42",
                "\"text\"",
                "{\"module\":7}",
                "{\"module\":null}",
                "{\"module\":{\"a\":1}}",
                "{\"module\":\"x\"} trailing",
                "{\"module\":\"a\",\"module\":\"b\"}",
                "--heartbeat-- "
            })
    void whenFrameIsMalformed_thenBadRequestAndSocketStaysOpen(String frame) throws Exception {
        TestSocket socket = bridge.connect(TestBridge.LISTED_ORIGIN);

        socket.send(frame);

        JsonNode answer = json(socket.next());
        assertThat(answer.path("success").asBoolean(true)).isFalse();
        assertThat(answer.path("errorCode").asText()).isEqualTo("BAD_REQUEST");
        assertThat(answer.path("message").asText()).isNotBlank();
        assertStillServes(socket);
    }

    @Test
    void whenArgsHaveTheWrongType_thenThatModulesArgumentErrorAndSocketStaysOpen() throws Exception {
        TestSocket socket = bridge.connect(TestBridge.LISTED_ORIGIN);

        socket.send("{\"module\":\"" + COMMON_UTILS + "\",\"method\":\"getKeyInfo\",\"args\":{\"a\":1}}");
        socket.send("{\"module\":\"" + BASICS + "\",\"method\":\"sign\",\"args\":[\"x\"],\"id\":3}");
        socket.send("{\"module\":\"" + COMMON_UTILS + "\",\"method\":\"getActiveTokens\"}");

        assertThat(json(socket.next()))
                .isEqualTo(json("{\"code\":\"500\",\"message\":\"argument type mismatch. Method: getKeyInfo\"}"));
        JsonNode basics = json(socket.next());
        assertThat(basics.path("status").asBoolean(true)).isFalse();
        assertThat(basics.path("code").asText()).isEqualTo("INVOCATION_ERROR");
        assertThat(basics.path("id").asInt()).isEqualTo(3);
        assertThat(json(socket.next()).path("responseObject").asText()).isEqualTo("getActiveTokens");
    }

    @Test
    void whenBinaryFrameIsSent_thenBadRequestAndSocketStaysOpen() throws Exception {
        TestSocket socket = bridge.connect(TestBridge.LISTED_ORIGIN);

        socket.sendBinary("{\"module\":\"x\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        JsonNode answer = json(socket.next());
        assertThat(answer.path("errorCode").asText()).isEqualTo("BAD_REQUEST");
        assertThat(answer.path("message").asText()).contains("Binary");
        assertStillServes(socket);
    }

    @Test
    void whenModuleIsUnknown_thenModuleNotFound() throws Exception {
        TestSocket socket = bridge.connect(TestBridge.LISTED_ORIGIN);

        socket.send("{\"module\":\"kz.gov.pki.nothing\",\"method\":\"x\"}");

        assertThat(json(socket.next())).isEqualTo(json("{\"success\":false,\"errorCode\":\"MODULE_NOT_FOUND\"}"));
        assertStillServes(socket);
    }

    @Test
    void whenRequestHasNoModule_thenLegacyApiDisabled() throws Exception {
        TestSocket socket = bridge.connect(TestBridge.LISTED_ORIGIN);

        socket.send("{\"method\":\"browseKeyStore\",\"args\":[\"PKCS12\",\"P12\",\"\"]}");

        assertThat(json(socket.next()))
                .isEqualTo(json("{\"result\":null,\"secondResult\":null,\"errorCode\":\"LEGACY_API_DISABLED\"}"));
        assertStillServes(socket);
    }

    @Test
    void whenModuleAnswers_thenTheAnswerArrivesWithUuidAndIdEchoed() throws Exception {
        TestSocket socket = bridge.connect(TestBridge.LISTED_ORIGIN);

        socket.send("{\"module\":\"" + COMMON_UTILS + "\",\"method\":\"getActiveTokens\",\"uuid\":\"u-1\",\"id\":9}");
        socket.send("{\"module\":\"nope\",\"uuid\":\"u-2\"}");
        socket.send("{\"module\":\"" + COMMON_UTILS + "\",\"method\":\"getActiveTokens\"}");

        assertThat(json(socket.next()))
                .isEqualTo(json("{\"code\":\"200\",\"responseObject\":\"getActiveTokens\",\"uuid\":\"u-1\",\"id\":9}"));
        assertThat(json(socket.next()))
                .isEqualTo(json("{\"success\":false,\"errorCode\":\"MODULE_NOT_FOUND\",\"uuid\":\"u-2\"}"));
        assertThat(json(socket.next())).isEqualTo(json("{\"code\":\"200\",\"responseObject\":\"getActiveTokens\"}"));
    }

    @Test
    void whenAccessoryGetBundlesCarriesUuid_thenTheFlatMapIsNotChanged() throws Exception {
        TestSocket socket = bridge.connect(TestBridge.LISTED_ORIGIN);

        socket.send("{\"module\":\"" + ACCESSORY + "\",\"method\":\"getBundles\",\"uuid\":\"u-3\"}");

        assertThat(json(socket.next())).isEqualTo(json("{\"kz.qoltanba.bundle.x\":\"1.0.0\"}"));
    }

    @Test
    void whenModuleFailsOrCancels_thenItsOwnFormWithoutDetailsAndServerSurvives() throws Exception {
        TestSocket socket = bridge.connect(TestBridge.LISTED_ORIGIN);

        socket.send("{\"module\":\"" + NURSIGN + "\",\"type\":\"text\",\"data\":\"x\"}");
        socket.send("{\"module\":\"test.throwing\",\"method\":\"x\",\"id\":\"i\"}");

        assertThat(json(socket.next()))
                .isEqualTo(json("{\"result\":null,\"errorCode\":1,\"message\":\"action.canceled\"}"));
        String failure = socket.next();
        assertThat(json(failure).path("success").asBoolean(true)).isFalse();
        assertThat(json(failure).path("id").asText()).isEqualTo("i");
        assertThat(failure).doesNotContain("secret").doesNotContain("/home/");
        assertStillServes(socket);
    }

    @Test
    void whenRequestsPileUp_thenAnswersKeepArrivalOrderAndOverflowIsBusyInTurn() throws Exception {
        TestSocket socket = bridge.connect(TestBridge.LISTED_ORIGIN);
        int total = 1 + 32 + 2;

        for (int n = 0; n < total; n++) {
            socket.send("{\"module\":\"" + BASICS + "\",\"method\":\"sign\",\"n\":" + n + "}");
        }
        socket.send("--heartbeat--");
        assertThat(socket.next())
                .as("heartbeat is answered while requests wait")
                .isEqualTo("--heartbeat--");
        assertThat(socket.poll(300))
                .as("no answer overtakes the waiting first request")
                .isNull();
        gate.complete(null);

        List<JsonNode> answers = new ArrayList<>();
        for (int n = 0; n < total; n++) {
            answers.add(json(socket.next()));
        }
        for (int n = 0; n < 33; n++) {
            assertThat(answers.get(n).path("body").path("result").get(0).asText())
                    .isEqualTo(n + "@" + TestBridge.LISTED_ORIGIN);
        }
        for (int n = 33; n < total; n++) {
            assertThat(answers.get(n))
                    .isEqualTo(json(
                            "{\"status\":false,\"code\":\"GENERAL_ERROR\",\"message\":\"busy\",\"details\":\"busy\"}"));
        }
        assertStillServes(socket);
    }

    @Test
    void whenFrameExceedsTheMaximum_thenThatSocketClosesWith1009AndOthersKeepWorking() throws Exception {
        TestSocket other = bridge.connect(TestBridge.LISTED_ORIGIN);
        TestSocket socket = bridge.connect(TestBridge.LISTED_ORIGIN);

        socket.send("{\"module\":\"x\",\"data\":\"" + "a".repeat(MAX_FRAME) + "\"}");

        assertThat(socket.closeCode.get(5, TimeUnit.SECONDS)).isEqualTo(1009);
        assertStillServes(other);
        TestSocket fresh = bridge.connect(TestBridge.LISTED_ORIGIN);
        assertStillServes(fresh);
    }

    @Test
    void whenFrameIsJustUnderTheMaximum_thenItIsServed() throws Exception {
        TestSocket socket = bridge.connect(TestBridge.LISTED_ORIGIN);
        String prefix = "{\"module\":\"" + COMMON_UTILS + "\",\"method\":\"m\",\"data\":\"";
        String frame = prefix + "a".repeat(MAX_FRAME - prefix.length() - 2) + "\"}";

        socket.send(frame);

        assertThat(json(socket.next()).path("responseObject").asText()).isEqualTo("m");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "evil.example",
                "127.0.0.1.evil.example",
                "localhost.evil",
                "[::2]",
                "10.0.0.1",
                "127.0.0.1.nip.io"
            })
    void whenHostHeaderIsNotLoopback_thenUpgradeIsRefusedWith403(String host) throws Exception {
        assertThat(bridge.rawUpgrade(host, TestBridge.LISTED_ORIGIN)).startsWith("HTTP/1.1 403");
    }

    @Test
    void whenHostHeaderNamesAnotherPort_thenRefusedWith403() throws Exception {
        int wrong = bridge.server.port() == 1 ? 2 : bridge.server.port() - 1;

        assertThat(bridge.rawUpgrade("127.0.0.1:" + wrong, TestBridge.LISTED_ORIGIN))
                .startsWith("HTTP/1.1 403");
    }

    @Test
    void whenBrowserOffersCompression_thenNoExtensionIsAcceptedAndFramesStillFlow() throws Exception {
        TestSocket socket =
                bridge.connectKeepingGreeting(TestBridge.LISTED_ORIGIN, "permessage-deflate; client_max_window_bits");

        assertThat(socket.acceptedExtensions()).isEmpty();
        assertThat(json(socket.next()).path("result").path("version").asText()).isEqualTo("1.4");
        socket.send("{\"module\":\"" + COMMON_UTILS + "\",\"method\":\"m\"}");
        assertThat(json(socket.next()).path("code").asText()).isEqualTo("200");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost", "LOCALHOST", "[::1]"})
    void whenHostHeaderIsLoopback_thenUpgradeSucceeds(String host) throws Exception {
        String withPort = host + ":" + bridge.server.port();

        assertThat(bridge.rawUpgrade(host, TestBridge.LISTED_ORIGIN)).startsWith("HTTP/1.1 101");
        assertThat(bridge.rawUpgrade(withPort, TestBridge.LISTED_ORIGIN)).startsWith("HTTP/1.1 101");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://portal.example.com",
                "http://127.0.0.1:8080",
                "https://goszakup.gov.kz",
                "https://egov.kz"
            })
    void whenOriginIsListedOrUnderASuffix_thenServedWithoutAsking(String origin) throws Exception {
        TestSocket socket = bridge.connect(origin);

        socket.send("{\"module\":\"" + COMMON_UTILS + "\",\"method\":\"m\"}");

        assertThat(json(socket.next()).path("code").asText()).isEqualTo("200");
        assertThat(asked).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://goszakup.gov.kz", "http://other.example", "file://", "null", ""})
    void whenOriginIsPlainHttpFileOrNull_thenRefusedWith403AndAudited(String origin) throws Exception {
        assertThat(bridge.rawUpgrade("127.0.0.1", origin)).startsWith("HTTP/1.1 403");
        assertThat(bridge.audit)
                .anySatisfy(event -> assertThat(event.outcome()).isEqualTo("refused: origin not allowed"));
    }

    @Test
    void whenNoOriginHeader_thenRefusedWith403AndAudited() throws Exception {
        assertThat(bridge.rawUpgrade("127.0.0.1", null)).startsWith("HTTP/1.1 403");
        assertThat(bridge.audit).anySatisfy(event -> assertThat(event.origin()).isEqualTo("(no Origin header)"));
    }

    @Test
    void whenOtherHttpsOriginIsDenied_thenEveryRequestGetsOriginDeniedInItsModuleForm() throws Exception {
        consentAnswer = Consent.DENY;
        TestSocket socket = bridge.connect("https://other.example");

        socket.send("{\"module\":\"" + COMMON_UTILS + "\",\"method\":\"getActiveTokens\"}");
        socket.send("{\"module\":\"" + NURSIGN + "\",\"type\":\"version\"}");

        assertThat(json(socket.next())).isEqualTo(json("{\"code\":\"500\",\"message\":\"origin.denied\"}"));
        assertThat(json(socket.next()))
                .isEqualTo(json("{\"result\":null,\"errorCode\":14,\"message\":\"origin.denied\"}"));
        assertThat(asked).containsExactly(Origin.parse("https://other.example").orElseThrow());
    }

    @Test
    void whenOtherHttpsOriginIsAllowedOnce_thenServedAndAskedAgainOnTheNextSocket() throws Exception {
        consentAnswer = Consent.ALLOW_ONCE;
        TestSocket first = bridge.connect("https://other.example");
        first.send("{\"module\":\"" + COMMON_UTILS + "\",\"method\":\"a\"}");
        first.send("{\"module\":\"" + COMMON_UTILS + "\",\"method\":\"b\"}");
        assertThat(json(first.next()).path("responseObject").asText()).isEqualTo("a");
        assertThat(json(first.next()).path("responseObject").asText()).isEqualTo("b");

        TestSocket second = bridge.connect("https://other.example");
        second.send("{\"module\":\"" + COMMON_UTILS + "\",\"method\":\"c\"}");
        assertThat(json(second.next()).path("responseObject").asText()).isEqualTo("c");

        assertThat(asked).hasSize(2);
    }

    @Test
    void whenOtherHttpsOriginIsAllowedAlways_thenLaterSocketsAreNotAsked() throws Exception {
        consentAnswer = Consent.ALLOW_ALWAYS;
        TestSocket first = bridge.connect("https://other.example");
        first.send("{\"module\":\"" + COMMON_UTILS + "\",\"method\":\"a\"}");
        assertThat(json(first.next()).path("code").asText()).isEqualTo("200");

        TestSocket second = bridge.connect("https://other.example");
        second.send("{\"module\":\"" + COMMON_UTILS + "\",\"method\":\"b\"}");
        assertThat(json(second.next()).path("code").asText()).isEqualTo("200");

        assertThat(asked).hasSize(1);
    }

    @Test
    void whenSeveralSocketsOfOneOriginWaitForConsent_thenOneQuestionAnswersThemAll() throws Exception {
        pendingAnswer = new CompletableFuture<>();
        List<TestSocket> sockets = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            TestSocket socket = bridge.connect("https://other.example");
            socket.send("{\"module\":\"" + COMMON_UTILS + "\",\"method\":\"m" + i + "\"}");
            sockets.add(socket);
        }
        Thread.sleep(300); // let every socket reach the question

        assertThat(asked).hasSize(1);
        pendingAnswer.complete(Consent.ALLOW_ONCE);
        for (int i = 0; i < 3; i++) {
            assertThat(json(sockets.get(i).next()).path("responseObject").asText())
                    .isEqualTo("m" + i);
        }
        assertThat(asked).hasSize(1);
    }

    @Test
    void whenAllowedAlways_thenTheOriginIsKeptInTheHomeAndAcceptedAfterARestart() throws Exception {
        consentAnswer = Consent.ALLOW_ALWAYS;
        TestSocket first = bridge.connect("https://other.example");
        first.send("{\"module\":\"" + COMMON_UTILS + "\",\"method\":\"a\"}");
        assertThat(json(first.next()).path("code").asText()).isEqualTo("200");
        bridge.close();
        bridge = null;

        assertThat(home.resolve("allowed-origins")).content().isEqualTo("https://other.example\n");
        List<Origin> askedAfterRestart = new CopyOnWriteArrayList<>();
        ConsentPrompt deny = origin -> {
            askedAfterRestart.add(origin);
            return CompletableFuture.completedFuture(Consent.DENY);
        };
        try (TestBridge restarted =
                new TestBridge(home, new MapModuleDirectory().with(COMMON_UTILS, answering), deny, MAX_FRAME, false)) {
            TestSocket again = restarted.connect("https://other.example");
            again.send("{\"module\":\"" + COMMON_UTILS + "\",\"method\":\"b\"}");
            assertThat(json(again.next()).path("code").asText()).isEqualTo("200");
        }
        assertThat(askedAfterRestart).isEmpty();
    }

    @Test
    void whenAModuleCancelsOrRefuses_thenTheAuditSaysSoAndNotAnswered() throws Exception {
        TestSocket socket = bridge.connect(TestBridge.LISTED_ORIGIN);
        socket.send("{\"module\":\"" + NURSIGN + "\",\"type\":\"xml\"}");
        socket.send("{\"module\":\"" + COMMON_UTILS + "\",\"method\":\"getActiveTokens\"}");
        socket.next();
        socket.next();

        assertThat(bridge.audit)
                .filteredOn(event -> NURSIGN.equals(event.module()))
                .extracting(AuditEvent::outcome)
                .containsExactly("cancelled");
        assertThat(bridge.audit)
                .filteredOn(event -> COMMON_UTILS.equals(event.module()))
                .extracting(AuditEvent::outcome)
                .containsExactly("answered");
        assertThat(bridge.audit)
                .allSatisfy(event -> assertThat(event.connectionId()).isNotBlank());
    }

    @Test
    void whenUnattended_thenOtherHttpsOriginIsRefusedAtTheUpgrade(@TempDir Path otherHome) throws Exception {
        try (TestBridge unattended =
                new TestBridge(otherHome, new MapModuleDirectory(), ConsentPrompt.denyAll(), MAX_FRAME, true)) {
            assertThat(unattended.rawUpgrade("127.0.0.1", "https://other.example"))
                    .startsWith("HTTP/1.1 403");
            assertThat(unattended.rawUpgrade("127.0.0.1", "https://goszakup.gov.kz"))
                    .startsWith("HTTP/1.1 101");
            assertThat(unattended.rawUpgrade("127.0.0.1", TestBridge.LISTED_ORIGIN))
                    .startsWith("HTTP/1.1 101");
        }
    }

    @Test
    void whenUnattended_thenAnOriginAllowedAlwaysOnTheDesktopIsStillRefused(@TempDir Path otherHome) throws Exception {
        java.nio.file.Files.writeString(otherHome.resolve("allowed-origins"), "https://other.example\n");
        try (TestBridge unattended =
                new TestBridge(otherHome, new MapModuleDirectory(), ConsentPrompt.denyAll(), MAX_FRAME, true)) {
            assertThat(unattended.rawUpgrade("127.0.0.1", "https://other.example"))
                    .startsWith("HTTP/1.1 403");
        }
    }

    @Test
    void whenIpv6LoopbackExists_thenTheSamePortServesThere() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(bridge.server.listensOnIpv6(), "no IPv6 loopback on this machine");

        assertThat(bridge.rawUpgrade("::1", "[::1]", TestBridge.LISTED_ORIGIN)).startsWith("HTTP/1.1 101");
    }

    @Test
    void whenIpv6LoopbackCannotBeBound_thenTheServerStillServesOn127001AndLogsWhy(@TempDir Path otherHome)
            throws Exception {
        // 192.0.2.1 (TEST-NET-1) is on no interface here: binding it fails as ::1 does on a machine without IPv6
        AtomicReference<BridgeServer> started = new AtomicReference<>();
        String log = StderrLog.of(() -> started.set(BridgeServer.start(
                TestBridge.config(otherHome, 0, MAX_FRAME, false),
                bridge.parts(new MapModuleDirectory(), ConsentPrompt.denyAll()),
                "192.0.2.1")));

        try (BridgeServer server = started.get()) {
            assertThat(server.listensOnIpv6()).isFalse();
            String response = bridge.rawRequest(
                    "127.0.0.1", server.port(), "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertThat(response).startsWith("HTTP/1.1 200");
            assertThat(log)
                    .contains("No IPv6 loopback listener ([192.0.2.1]:" + server.port() + ")")
                    .contains("serving on 127.0.0.1 only")
                    .contains("Listening on wss://127.0.0.1:" + server.port() + "/");
        }
    }

    @Test
    void whenRequestIsAnswered_thenAuditHasOriginModuleMethodAndOutcomeButNoData() throws Exception {
        TestSocket socket = bridge.connect("https://goszakup.gov.kz");

        socket.send("{\"module\":\"" + COMMON_UTILS + "\",\"method\":\"getKeyInfo\",\"args\":[\"SECRET-DATA\"]}");
        socket.next();

        assertThat(bridge.audit).anySatisfy(event -> {
            assertThat(event.origin()).isEqualTo("https://goszakup.gov.kz");
            assertThat(event.module()).isEqualTo(COMMON_UTILS);
            assertThat(event.method()).isEqualTo("getKeyInfo");
            assertThat(event.outcome()).isEqualTo("answered");
        });
        assertThat(bridge.audit.toString()).doesNotContain("SECRET-DATA");
    }

    @Test
    void whenStatusPageIsRequested_thenItShowsVersionModulesAndHowToFixTrust() throws Exception {
        String response = bridge.rawRequest("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 200");
        assertThat(response).contains("0.1.0-test", BASICS, COMMON_UTILS, "self-signed", "tls init");
    }

    @Test
    void whenOtherPathIsRequested_thenNotFound() throws Exception {
        String response = bridge.rawRequest("GET /etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 404");
    }

    @Test
    void whenSecondServerStartsOnTheSamePort_thenPortInUseNamesThePort(@TempDir Path otherHome) throws Exception {
        int port = bridge.server.port();

        assertThatThrownBy(() -> BridgeServer.start(
                        TestBridge.config(otherHome, port, MAX_FRAME, false),
                        bridge.parts(new MapModuleDirectory(), ConsentPrompt.denyAll())))
                .isInstanceOf(PortInUseException.class)
                .hasMessageContaining(String.valueOf(port));
        assertStillServes(bridge.connect(TestBridge.LISTED_ORIGIN));
    }
}

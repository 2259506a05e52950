package kz.qoltanba.bridge.unattended;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import kz.qoltanba.bridge.config.BridgeConfig;
import kz.qoltanba.bridge.config.UnattendedKeys;
import kz.qoltanba.bridge.origin.ConsentPrompt;
import kz.qoltanba.bridge.runtime.RunningBridge;
import kz.qoltanba.bridge.signing.KeyCandidates;
import kz.qoltanba.bridge.signing.SigningService;
import kz.qoltanba.bridge.signing.SigningTestKeys;
import kz.qoltanba.bridge.spi.KeyFilter;
import kz.qoltanba.bridge.spi.SignRequest;
import kz.qoltanba.bridge.spi.SignResult;
import kz.qoltanba.bridge.spi.SignatureFormat;
import kz.qoltanba.bridge.spi.UserCancelledException;
import kz.qoltanba.bridge.spi.WrongPasswordException;
import kz.qoltanba.bridge.tls.ServerCertificateStore;
import kz.qoltanba.bridge.ws.BridgeServer;
import kz.qoltanba.bridge.ws.ModuleDirectory;
import kz.qoltanba.bridge.ws.ServerParts;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.devpki.Persona;
import kz.qoltanba.signing.validation.CmsVerifier;
import kz.qoltanba.signing.validation.Indication;
import kz.qoltanba.signing.validation.XmlVerifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bridge's HTTPS server in unattended mode with its control endpoint, and the host signing service (the
 * SPI modules call) answered by unattended mode: answers queued over HTTPS steer the signatures.
 */
class UnattendedControlIT {
    private static final String ORIGIN = "https://portal.example.gov.kz";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path pkiFolder;

    private static SigningTestKeys keys;
    private static ExecutorService executor;

    @TempDir
    Path home;

    private BridgeServer server;
    private SigningService signing;
    private ControlClient control;

    @BeforeAll
    static void generate() throws Exception {
        keys = SigningTestKeys.generate(pkiFolder, KeyAlgorithm.RSA);
        executor = Executors.newCachedThreadPool();
    }

    @AfterAll
    static void stop() {
        executor.shutdownNow();
    }

    @BeforeEach
    void start() throws Exception {
        Path keysDir = home.resolve("keys");
        keys.install(Persona.LEGAL_HEAD, keysDir, "head.p12");
        keys.install(Persona.INDIVIDUAL_SIGN, keysDir, "person.p12");
        keys.trustRootIn(home);
        start(new UnattendedKeys(null, null, keysDir), name -> null);
    }

    private void start(UnattendedKeys unattended, Function<String, String> environment) throws Exception {
        BridgeConfig config = config(home, Optional.of(unattended));
        KeyCandidates candidates = KeyCandidates.load(config.trustDirectory(), List.of(), Clock.systemUTC());
        UnattendedMode mode = UnattendedMode.create(
                config.unattendedKeys().orElseThrow(), candidates, environment, Clock.systemUTC());
        signing = new SigningService(mode.interaction(), candidates, home, 5, null, Clock.systemUTC(), executor);
        ServerParts parts = new ServerParts(
                new NoModules(),
                ConsentPrompt.denyAll(),
                event -> {},
                new ServerCertificateStore(home.resolve("tls"), Clock.systemUTC(), new SecureRandom()).loadOrCreate(),
                executor,
                Clock.systemUTC(),
                "test",
                mode.controlEndpoint());
        server = BridgeServer.start(config, parts);
        control = new ControlClient(server.port());
    }

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void whenATokenIsNamedAsTheNextKey_thenItIsQueuedOnlyWhenATokenPinIsConfigured() throws Exception {
        String next = "/unattended/next";
        ControlClient.Reply refused = control.post(next, "{\"key\":\"AKKaztokenStore\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("unknown key 'AKKaztokenStore'").contains("head.p12");

        server.close();
        start(new UnattendedKeys(null, null, home.resolve("keys"), "TOKEN_PIN"), Map.of("TOKEN_PIN", "1234")::get);

        assertThat(control.post(next, "{\"key\":\"AKKaztokenStore\"}").status()).isEqualTo(200);
        ControlClient.Reply unknown = control.post(next, "{\"key\":\"FloppyStore\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("tokens by storage name");
    }

    private static BridgeConfig config(Path home, Optional<UnattendedKeys> unattended) {
        return new BridgeConfig(
                home,
                0,
                Set.of(),
                List.of("gov.kz"),
                true,
                1 << 20,
                32,
                5,
                URI.create("http://127.0.0.1:9/tsa"),
                List.of(),
                unattended);
    }

    private static SignRequest request(SignatureFormat format, byte[] document) {
        return new SignRequest(ORIGIN, "c1", format, List.of(document), KeyFilter.any(), true, false, "ru");
    }

    private static <T> T await(CompletionStage<T> stage) throws Throwable {
        try {
            return stage.toCompletableFuture().join();
        } catch (CompletionException e) {
            throw e.getCause();
        }
    }

    @Test
    void whenKeyQueuedOverHttps_thenNextSignatureUsesItAndTheLogNamesItsSerial() throws Throwable {
        assertThat(control.post("/unattended/next", "{\"key\":\"person.p12\"}").status())
                .isEqualTo(200);
        byte[] document = "the data".getBytes(StandardCharsets.UTF_8);

        SignResult cms = await(signing.sign(request(SignatureFormat.CMS, document)));
        SignResult xml = await(signing.sign(request(SignatureFormat.XML, "<a>1</a>".getBytes(StandardCharsets.UTF_8))));

        assertThat(CmsVerifier.create()
                        .verify(cms.signatures().get(0), Optional.empty(), keys.verification())
                        .indication())
                .isEqualTo(Indication.TOTAL_PASSED);
        assertThat(XmlVerifier.create()
                        .verify(xml.signatures().get(0), keys.verification())
                        .indication())
                .isEqualTo(Indication.TOTAL_PASSED);
        assertThat(cms.certificate())
                .isEqualTo(keys.pki
                        .persona(Persona.INDIVIDUAL_SIGN, KeyAlgorithm.RSA)
                        .certificate());
        assertThat(xml.certificate())
                .isEqualTo(
                        keys.pki.persona(Persona.LEGAL_HEAD, KeyAlgorithm.RSA).certificate());
        ControlClient.Reply log = control.get("/unattended/log");
        assertThat(log.status()).isEqualTo(200);
        JsonNode entries = JSON.readTree(log.body());
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).get("answer").asText()).isEqualTo("key");
        assertThat(entries.get(0).get("key").asText()).isEqualTo("person.p12");
        assertThat(entries.get(0).get("serialNumber").asText()).isEqualTo(keys.serial(Persona.INDIVIDUAL_SIGN));
        assertThat(entries.get(1).get("answer").asText()).isEqualTo("default");
        assertThat(entries.get(1).get("serialNumber").asText()).isEqualTo(keys.serial(Persona.LEGAL_HEAD));
    }

    @Test
    void whenAModuleShowsAMessageAndProgress_thenTheLogOverHttpsListsThemWithTitlesAndOnlyQuarters() throws Throwable {
        await(signing.showMessage(ORIGIN, "c1", "kk", "NURSign", "max_file_size: not a number"));
        try (var progress = signing.openProgress(ORIGIN, "c1", "kk", "Файлды жүктеу")) {
            for (long done = 0; done <= 4096; done += 16) {
                progress.update("upload", done, 4096);
            }
        }

        JsonNode entries = JSON.readTree(control.get("/unattended/log").body());

        assertThat(entries).hasSize(7);
        JsonNode message = entries.get(0);
        assertThat(message.get("type").asText()).isEqualTo("message");
        assertThat(message.get("origin").asText()).isEqualTo(ORIGIN);
        assertThat(message.get("title").asText()).isEqualTo("NURSign");
        assertThat(message.get("message").asText()).isEqualTo("max_file_size: not a number");
        for (int i = 1; i < 7; i++) {
            assertThat(entries.get(i).get("type").asText()).isEqualTo("progress");
            assertThat(entries.get(i).get("title").asText()).isEqualTo("Файлды жүктеу");
        }
        assertThat(List.of(1, 2, 3, 4, 5, 6).stream()
                        .map(i -> entries.get(i).get("phase").asText())
                        .toList())
                .containsExactly("start", "25%", "50%", "75%", "100%", "end");
        assertThat(entries.get(6).get("done").asLong()).isEqualTo(4096);
        assertThat(entries.get(6).get("total").asLong()).isEqualTo(4096);
    }

    @Test
    void whenAModulePrefersAKey_thenTheDefaultStaysFirstInNameOrderAndTheLogShowsTheOfferedOrder() throws Throwable {
        Path person = home.resolve("keys/person.p12").toAbsolutePath();
        SignRequest preferring = new SignRequest(
                ORIGIN,
                "c1",
                SignatureFormat.CMS,
                List.of(new byte[] {1}),
                KeyFilter.any(),
                true,
                false,
                "ru",
                List.of(person.toString()));

        SignResult result = await(signing.sign(preferring));

        JsonNode entry = JSON.readTree(control.get("/unattended/log").body()).get(0);
        assertThat(entry.get("type").asText()).isEqualTo("answer");
        assertThat(entry.get("key").asText()).isEqualTo("head.p12");
        assertThat(entry.get("offered")).hasSize(1);
        assertThat(entry.get("offered").get(0).asText()).isEqualTo(person.toString());
        assertThat(result.keyLocation())
                .isEqualTo(home.resolve("keys/head.p12").toAbsolutePath().toString());
    }

    @Test
    void whenCancelThenWrongPasswordQueued_thenRequestsFailInThatOrder() throws Throwable {
        control.post("/unattended/next", "{\"answer\":\"cancel\"}");
        control.post("/unattended/next", "{\"answer\":\"wrong-password\"}");

        assertThatThrownBy(() -> await(signing.sign(request(SignatureFormat.CMS, new byte[] {1}))))
                .isInstanceOf(UserCancelledException.class);
        assertThatThrownBy(() -> await(signing.sign(request(SignatureFormat.CMS, new byte[] {1}))))
                .isInstanceOf(WrongPasswordException.class);
        assertThat(await(signing.sign(request(SignatureFormat.CMS, new byte[] {1})))
                        .signatures())
                .hasSize(1);
    }

    @Test
    void whenFileQueued_thenTheModuleFileChoiceGetsIt() throws Throwable {
        Path file = home.resolve("report.pdf").toAbsolutePath();
        JsonNode queued =
                JSON.readTree(control.post("/unattended/next", JSON.writeValueAsString(Map.of("file", file.toString())))
                        .body());

        assertThat(queued.get("queued").asInt()).isEqualTo(1);
        assertThat(await(signing.chooseFile(ORIGIN, "c1", "ALL", null))).isEqualTo(file);
    }

    @Test
    void whenRequestComesFromAWebPageOrIsMalformed_thenRefusedAndNothingIsQueued() throws Throwable {
        String next = "/unattended/next";
        String host = "127.0.0.1:" + server.port();
        String cancel = "{\"answer\":\"cancel\"}";

        assertThat(control.send("POST", next, host, "https://evil.example.com", "application/json", cancel)
                        .status())
                .isEqualTo(403);
        assertThat(control.send("POST", next, host, "null", "application/json", cancel)
                        .status())
                .isEqualTo(403);
        assertThat(control.send("POST", next, "evil.example.com", null, "application/json", cancel)
                        .status())
                .isEqualTo(403);
        assertThat(control.send("POST", next, host, null, "text/plain", cancel).status())
                .isEqualTo(415);
        assertThat(control.post(next, "{\"key\":\"nobody.p12\"}").status()).isEqualTo(400);
        assertThat(control.post(next, "{\"answer\":\"maybe\"}").status()).isEqualTo(400);
        assertThat(control.post(next, "{\"file\":\"relative.txt\"}").status()).isEqualTo(400);
        assertThat(control.post(next, "not json").status()).isEqualTo(400);
        assertThat(control.post(next, "{\"answer\":\"" + "x".repeat(20_000) + "\"}")
                        .status())
                .isEqualTo(413);
        assertThat(control.send("GET", "/unattended/log", host, "https://evil.example.com", null, null)
                        .status())
                .isEqualTo(403);

        assertThat(await(signing.sign(request(SignatureFormat.CMS, new byte[] {1})))
                        .signatures())
                .hasSize(1);
        assertThat(control.send("POST", next, host, "http://localhost:8080", "application/json", cancel)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void whenRunningBridgeIsUnattended_thenControlEndpointAnswersElseItDoesNotExist(@TempDir Path otherHome)
            throws Exception {
        Path keysDir = otherHome.resolve("keys");
        keys.install(Persona.LEGAL_HEAD, keysDir, "head.p12");
        try (RunningBridge bridge = RunningBridge.start(
                config(otherHome.resolve("a"), Optional.of(new UnattendedKeys(null, null, keysDir))),
                ConsentPrompt.denyAll(),
                Clock.systemUTC())) {
            ControlClient client = new ControlClient(bridge.port());
            assertThat(client.post("/unattended/next", "{\"key\":\"head.p12\"}").status())
                    .isEqualTo(200);
            assertThat(client.get("/unattended/log").status()).isEqualTo(200);
        }
        try (RunningBridge bridge = RunningBridge.start(
                config(otherHome.resolve("b"), Optional.empty()), ConsentPrompt.denyAll(), Clock.systemUTC())) {
            ControlClient client = new ControlClient(bridge.port());
            assertThat(client.post("/unattended/next", "{\"answer\":\"cancel\"}")
                            .status())
                    .isEqualTo(404);
            assertThat(client.get("/unattended/log").status()).isEqualTo(404);
        }
    }

    private static final class NoModules implements ModuleDirectory {
        @Override
        public Optional<kz.qoltanba.bridge.spi.NcaModule> find(String wireName) {
            return Optional.empty();
        }

        @Override
        public java.util.SortedSet<String> names() {
            return Collections.emptySortedSet();
        }
    }
}

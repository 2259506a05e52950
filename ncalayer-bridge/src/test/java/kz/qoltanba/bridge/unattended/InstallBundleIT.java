package kz.qoltanba.bridge.unattended;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import kz.qoltanba.bridge.catalog.Catalog;
import kz.qoltanba.bridge.catalog.CatalogFixtures;
import kz.qoltanba.bridge.catalog.CatalogSigning;
import kz.qoltanba.bridge.catalog.PublisherCertificates;
import kz.qoltanba.bridge.config.BridgeConfig;
import kz.qoltanba.bridge.config.BridgeConfigLoader;
import kz.qoltanba.bridge.config.CommandLineSettings;
import kz.qoltanba.bridge.host.testbundle.EchoModuleActivator;
import kz.qoltanba.bridge.origin.ConsentPrompt;
import kz.qoltanba.bridge.runtime.RunningBridge;
import kz.qoltanba.signing.token.KeyEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The accessory's {@code installBundle} over the real socket of a bridge in unattended mode, with a module
 * catalog signed by a trusted publisher and served over HTTP: installing, an unlisted name, a tampered jar and
 * a cancel queued through the control endpoint.
 */
class InstallBundleIT {
    private static final String ACCESSORY = "kz.gov.pki.ncalayerservices.accessory";
    private static final String ECHO = "kz.qoltanba.test.echo";
    private static final String DECLINED = "kz.qoltanba.test.declined";
    private static final String TAMPERED = "kz.qoltanba.test.tampered";

    @TempDir
    static Path work;

    private static WireFixture fixture;
    private static CatalogFixtures.FileServer files;
    private static RunningBridge bridge;
    private static WireClient client;
    private static ControlClient control;
    private WireSocket socket;

    @BeforeAll
    static void start() throws Exception {
        fixture = new WireFixture(work);
        files = new CatalogFixtures.FileServer();
        Map<String, byte[]> served = files.files;
        URI base = files.base();
        Path bundles = work.resolve("bundles");
        for (String name : List.of(ECHO, DECLINED, TAMPERED)) {
            Path jar = CatalogFixtures.echoBundle(bundles, name, "1.0.0", false);
            served.put("/" + jar.getFileName(), Files.readAllBytes(jar));
        }
        byte[] tampered = served.get("/" + TAMPERED + "-1.0.0.jar");
        tampered[tampered.length / 2] ^= 0x01;
        KeyEntry publisher = CatalogFixtures.publisher("Install test publisher");
        Catalog catalog = CatalogSigning.describe(
                bundles, base, Optional.empty(), Instant.now().minusSeconds(60));
        served.put("/ncalayer.der", CatalogSigning.sign(catalog, publisher, Clock.systemUTC()));
        Path trusted = PublisherCertificates.directory(fixture.home).resolve("test-publisher.pem");
        Files.createDirectories(trusted.getParent());
        Files.writeString(trusted, pem(publisher.certificate()), StandardCharsets.US_ASCII);

        CommandLineSettings settings = new CommandLineSettings(
                fixture.home,
                0,
                List.of(WireClient.ORIGIN),
                fixture.tsaUrl(),
                List.of(fixture.rsaRoot, fixture.gostRoot),
                true,
                null,
                null,
                fixture.keysDir);
        BridgeConfig config = new BridgeConfigLoader(Map.of(), new Properties()).load(settings);
        bridge = RunningBridge.start(config, ConsentPrompt.denyAll(), Clock.systemUTC());
        bridge.moduleManager().refreshCatalog(base.resolve("ncalayer.der"));
        client = new WireClient(fixture.serverCertificate, bridge.port());
        control = new ControlClient(bridge.port());
    }

    @AfterAll
    static void stop() throws Exception {
        if (client != null) {
            client.close();
        }
        if (bridge != null) {
            bridge.close();
        }
        if (files != null) {
            files.close();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @BeforeEach
    void connect() throws Exception {
        socket = client.connect();
    }

    private JsonNode install(String symbolicName) throws Exception {
        return WireClient.call(
                socket,
                "{\"module\":\"" + ACCESSORY + "\",\"method\":\"installBundle\",\"symname\":\"" + symbolicName + "\"}");
    }

    private JsonNode bundles() throws Exception {
        return WireClient.call(socket, "{\"module\":\"" + ACCESSORY + "\",\"method\":\"getBundles\"}");
    }

    @Test
    void whenListedModuleIsInstalled_thenItIsLoadedAndAnswersThroughTheSocket() throws Exception {
        JsonNode installed = install(ECHO);

        assertThat(installed.toString())
                .isEqualTo("{\"success\":true,\"symname\":\"" + ECHO + "\",\"version\":\"1.0.0\"}");
        assertThat(bundles().path(ECHO).asText()).isEqualTo("1.0.0");
        assertThat(fixture.home.resolve("modules").resolve(ECHO + "_1.0.0.jar")).exists();
        JsonNode answer = awaitEcho();
        assertThat(answer.path("result").path("origin").asText())
                .as(answer.toString())
                .isEqualTo(WireClient.ORIGIN);
        assertThat(answer.path("result").path("loader").asText()).isEqualTo("true");
    }

    private JsonNode awaitEcho() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        JsonNode answer =
                WireClient.call(socket, "{\"module\":\"" + EchoModuleActivator.MODULE + "\",\"method\":\"x\"}");
        while (answer.has("errorCode") && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            answer = WireClient.call(socket, "{\"module\":\"" + EchoModuleActivator.MODULE + "\",\"method\":\"x\"}");
        }
        return answer;
    }

    @Test
    void whenModuleIsNotListed_thenTheNotListedErrorFormAndNothingInstalled() throws Exception {
        JsonNode refused = install("kz.qoltanba.test.unlisted");

        assertThat(refused.path("success").asBoolean(true)).isFalse();
        assertThat(refused.path("errorCode").asText()).isEqualTo("NOT_LISTED");
        assertThat(refused.path("message").asText())
                .contains("kz.qoltanba.test.unlisted")
                .contains("not listed");
        assertThat(bundles().has("kz.qoltanba.test.unlisted")).isFalse();
    }

    @Test
    void whenServedJarDiffersFromTheCatalog_thenTheHashMismatchErrorForm() throws Exception {
        JsonNode refused = install(TAMPERED);

        assertThat(refused.path("errorCode").asText()).as(refused.toString()).isEqualTo("HASH_MISMATCH");
        assertThat(refused.path("message").asText()).contains("SHA-256");
        assertThat(bundles().has(TAMPERED)).isFalse();
    }

    @Test
    void whenCancelIsQueued_thenTheCancelFormAndNothingInstalled() throws Exception {
        assertThat(control.post("/unattended/next", "{\"answer\":\"cancel\"}").status())
                .isEqualTo(200);

        JsonNode cancelled = install(DECLINED);

        assertThat(cancelled.toString())
                .isEqualTo("{\"success\":false,\"errorCode\":\"CANCELLED\","
                        + "\"message\":\"The user did not allow installing the module.\"}");
        assertThat(bundles().has(DECLINED)).isFalse();
        assertThat(fixture.home.resolve("modules").resolve(DECLINED + "_1.0.0.jar"))
                .doesNotExist();
        assertThat(control.get("/unattended/log").body()).contains("\"question\":\"install\"");
    }

    private static String pem(X509Certificate certificate) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }
}

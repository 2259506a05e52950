package kz.qoltanba.bridge.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import kz.qoltanba.bridge.host.testbundle.EchoModuleActivator;
import kz.qoltanba.bridge.origin.ConsentPrompt;
import kz.qoltanba.bridge.spi.HostSigning;
import kz.qoltanba.bridge.spi.KeyFilter;
import kz.qoltanba.bridge.spi.SignRequest;
import kz.qoltanba.bridge.spi.SignResult;
import kz.qoltanba.bridge.ws.TestBridge;
import kz.qoltanba.bridge.ws.TestSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleHostIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private X509Certificate certificate;
    private ModuleHost host;

    @BeforeEach
    void startHost() throws Exception {
        certificate = TestCertificates.rsa("CN=Test Signer, SERIALNUMBER=IIN123456789012");
        HostSigning signing = new HostSigning() {
            @Override
            public CompletionStage<SignResult> sign(SignRequest request) {
                return CompletableFuture.failedFuture(new UnsupportedOperationException());
            }

            @Override
            public CompletionStage<X509Certificate> chooseCertificate(
                    String origin, String connectionId, KeyFilter filter) {
                return CompletableFuture.completedFuture(certificate);
            }
        };
        host = ModuleHost.start(home.resolve("felix-cache"), signing, new PendingHostServices());
    }

    @AfterEach
    void stopHost() {
        if (host != null) {
            host.close();
        }
    }

    private void awaitModule(String name, boolean present) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (host.modules().find(name).isPresent() != present && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(host.modules().find(name).isPresent()).isEqualTo(present);
    }

    @Test
    void whenHostStarts_thenSystemBundleExportsSpiSigningCoreAndBouncyCastle() {
        assertThat(host.systemPackagesExtra())
                .contains("kz.qoltanba.bridge.spi;version=\"0.4.0\"")
                .contains("kz.qoltanba.signing.algorithm;version=\"0.1.0\"")
                .contains("kz.qoltanba.signing.token;version=\"0.1.0\"")
                .contains("org.bouncycastle.operator;version=\"1.87")
                .contains("org.bouncycastle.crypto.params;version=\"1.87");
        assertThat(host.modules().names()).isEmpty();
    }

    @Test
    void whenTestBundleRegistersModule_thenItAnswersThroughTheSocket() throws Exception {
        String symbolicName = host.install(TestBundles.echoBundle(home, "1.0.0"));
        awaitModule(EchoModuleActivator.MODULE, true);

        try (TestBridge bridge =
                new TestBridge(home.resolve("bridge"), host.modules(), ConsentPrompt.denyAll(), 1 << 20, false)) {
            TestSocket socket = bridge.connect("https://goszakup.gov.kz");
            socket.send("{\"module\":\"" + EchoModuleActivator.MODULE + "\",\"method\":\"x\",\"uuid\":\"q\"}");
            socket.send("{\"module\":\"test.echo.alias\",\"method\":\"x\"}");

            JsonNode answer = JSON.readTree(socket.next());
            assertThat(answer.path("result").path("origin").asText()).isEqualTo("https://goszakup.gov.kz");
            assertThat(answer.path("result").path("algorithm").asText()).isEqualTo("RSA");
            assertThat(answer.path("result").path("subject").asText()).contains("CN=Test Signer");
            assertThat(answer.path("result").path("loader").asText())
                    .as("the module class comes from the bundle, not the host class path")
                    .isEqualTo("true");
            assertThat(answer.path("uuid").asText()).isEqualTo("q");
            assertThat(JSON.readTree(socket.next())
                            .path("result")
                            .path("origin")
                            .asText())
                    .isEqualTo("https://goszakup.gov.kz");
        }
        assertThat(host.bundles()).containsEntry(symbolicName, "1.0.0");
    }

    @Test
    void whenBundleIsRemoved_thenItsModuleIsNotFound() throws Exception {
        String symbolicName = host.install(TestBundles.echoBundle(home, "1.0.0"));
        awaitModule(EchoModuleActivator.MODULE, true);

        host.uninstall(symbolicName);

        awaitModule(EchoModuleActivator.MODULE, false);
        try (TestBridge bridge =
                new TestBridge(home.resolve("bridge"), host.modules(), ConsentPrompt.denyAll(), 1 << 20, false)) {
            TestSocket socket = bridge.connect("https://goszakup.gov.kz");
            socket.send("{\"module\":\"" + EchoModuleActivator.MODULE + "\"}");
            assertThat(JSON.readTree(socket.next()).path("errorCode").asText()).isEqualTo("MODULE_NOT_FOUND");
        }
        assertThat(host.bundles()).doesNotContainKey(symbolicName);
    }
}

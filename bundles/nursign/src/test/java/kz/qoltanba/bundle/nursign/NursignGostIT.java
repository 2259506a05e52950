package kz.qoltanba.bundle.nursign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.qoltanba.bundle.nursign.testserver.ContractPortal;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.validation.Indication;
import kz.qoltanba.signing.validation.ValidationReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code file} and {@code binary} with a Kazakh GOST-2015 key in a real bridge (unattended): the host asks the
 * module for the key's GOST digest after the key choice, and the detached CMS verifies over the file itself while
 * the upload's {@code hash} stays the SHA-256.
 */
class NursignGostIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;

    private static NursignWorld world;
    private static ContractPortal portal;
    private static BridgeProcess bridge;
    private BridgeSocket socket;

    @BeforeAll
    static void start() throws Exception {
        BridgeProcess.bridgeJar();
        world = new NursignWorld(work, KeyAlgorithm.GOST2015_512);
        portal = ContractPortal.start();
        String base = portal.baseUrl().toString();
        Map<String, String> config = world.baseConfig(
                base.substring(0, base.length() - 1), portal.checkUrl().toString());
        world.writeConfig(config);
        world.installModule();
        bridge = world.startBridge(List.of());
    }

    @AfterAll
    static void stop() throws Exception {
        if (bridge != null) {
            bridge.close();
        }
        if (portal != null) {
            portal.close();
        }
        if (world != null) {
            world.close();
        }
    }

    @BeforeEach
    void connect() throws Exception {
        socket = BridgeSocket.connect(bridge.port(), NursignWorld.ORIGIN);
    }

    @AfterEach
    void disconnect() throws Exception {
        socket.close();
    }

    @Test
    void whenNewFileIsSignedWithAGostKey_thenTheUploadedCmsVerifiesOverTheFileAndHashStaysSha256() throws Exception {
        Path file = Files.write(work.resolve("gost-offer.pdf"), NursignModuleIT.randomBytes(3_000_000));
        chooseNext(file);

        JsonNode result = result(fileRequest("tok-gost"));

        assertThat(result.path("file_size").asLong()).isEqualTo(3_000_000);
        ContractPortal.Upload upload = lastUpload();
        assertThat(upload.file()).isPresent();
        assertThat(upload.hash()).isEqualTo(NursignModuleIT.sha256Hex(file));
        assertThat(verifyOver(Base64.getDecoder().decode(upload.signature()), file)
                        .indication())
                .isEqualTo(Indication.TOTAL_PASSED);
        assertThat(bridge.unattendedLog()).contains("Вычисление хэша для выбранного ключа");
    }

    @Test
    void whenThePortalKnowsTheFile_thenTheGostSignatureStillCoversTheLocalFile() throws Exception {
        Path file = Files.write(work.resolve("gost-known.pdf"), NursignModuleIT.randomBytes(5000));
        portal.knowFile(NursignModuleIT.sha256Hex(file), "known-gost", "gost-known.pdf", 5000);
        chooseNext(file);

        JsonNode result = result(fileRequest("tok-known"));

        assertThat(result.path("file_id").asText()).isEqualTo("known-gost");
        ContractPortal.Upload upload = lastUpload();
        assertThat(upload.file()).isEmpty();
        assertThat(upload.hash()).isEqualTo(NursignModuleIT.sha256Hex(file));
        assertThat(verifyOver(Base64.getDecoder().decode(upload.signature()), file)
                        .indication())
                .isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void whenBinaryIsSignedWithAGostKey_thenTheTimestampedCmsVerifiesOverTheDownloadedBytes() throws Exception {
        byte[] document = "a GOST procurement contract".repeat(2000).getBytes(StandardCharsets.UTF_8);
        String url = portal.serveFile("gost-contract.pdf", document).toString();

        String cms = result(call("binary", field("upload_url", url))).asText();

        ValidationReport report = world.verifier()
                .verify(
                        Base64.getDecoder().decode(cms),
                        Optional.of(new ByteArrayInputStream(document)),
                        world.verification());
        assertThat(report.indication()).as(report.toJson()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(report.signers().get(0).timestampTime()).isPresent();
    }

    private ValidationReport verifyOver(byte[] cms, Path file) throws Exception {
        try (InputStream content = Files.newInputStream(file)) {
            ValidationReport report = world.verifier().verify(cms, Optional.of(content), world.verification());
            assertThat(report.signers().get(0).timestampTime()).isPresent();
            return report;
        }
    }

    private JsonNode call(String type, String fields) throws Exception {
        return socket.call("{\"module\":\"NURSign\",\"type\":\"" + type + "\"" + fields + "}");
    }

    private static void chooseNext(Path file) throws Exception {
        assertThat(bridge.queue("{\"file\":" + JSON.writeValueAsString(file.toString()) + "}"))
                .isEqualTo(200);
    }

    private JsonNode fileRequest(String token) throws Exception {
        return call(
                "file",
                field("token", token) + field("url_upload", portal.uploadUrl().toString()));
    }

    private static String field(String name, String value) throws Exception {
        return ",\"" + name + "\":" + JSON.writeValueAsString(value);
    }

    private static JsonNode result(JsonNode answer) {
        assertThat(answer.path("errorCode").asText()).as(answer.toString()).isEqualTo("NONE");
        return answer.path("result");
    }

    private static ContractPortal.Upload lastUpload() {
        List<ContractPortal.Upload> uploads = portal.uploads();
        assertThat(uploads).isNotEmpty();
        return uploads.get(uploads.size() - 1);
    }
}

package kz.qoltanba.bundle.nursign;

import static kz.qoltanba.bundle.nursign.NursignBridge.call;
import static kz.qoltanba.bundle.nursign.NursignBridge.field;
import static kz.qoltanba.bundle.nursign.NursignBridge.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
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
    @TempDir
    static Path work;

    private static NursignBridge fixture;
    private BridgeSocket socket;

    @BeforeAll
    static void start() throws Exception {
        fixture = NursignBridge.start(work, KeyAlgorithm.GOST2015_512);
    }

    @AfterAll
    static void stop() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    @BeforeEach
    void connect() throws Exception {
        socket = fixture.connect();
    }

    @AfterEach
    void disconnect() throws Exception {
        socket.close();
    }

    @Test
    void whenNewFileIsSignedWithAGostKey_thenTheUploadedCmsVerifiesOverTheFileAndHashStaysSha256() throws Exception {
        Path file = Files.write(work.resolve("gost-offer.pdf"), NursignModuleIT.randomBytes(3_000_000));
        fixture.chooseNext(file);

        JsonNode result = result(fixture.fileRequest(socket, "tok-gost"));

        assertThat(result.path("file_size").asLong()).isEqualTo(3_000_000);
        ContractPortal.Upload upload = fixture.lastUpload();
        assertThat(upload.file()).isPresent();
        assertThat(upload.hash()).isEqualTo(NursignModuleIT.sha256Hex(file));
        assertThat(verifyOver(Base64.getDecoder().decode(upload.signature()), file)
                        .indication())
                .isEqualTo(Indication.TOTAL_PASSED);
        assertThat(fixture.bridge.unattendedLog()).contains("Вычисление хэша для выбранного ключа");
    }

    @Test
    void whenThePortalKnowsTheFile_thenTheGostSignatureStillCoversTheLocalFile() throws Exception {
        Path file = Files.write(work.resolve("gost-known.pdf"), NursignModuleIT.randomBytes(5000));
        fixture.portal.knowFile(NursignModuleIT.sha256Hex(file), "known-gost", "gost-known.pdf", 5000);
        fixture.chooseNext(file);

        JsonNode result = result(fixture.fileRequest(socket, "tok-known"));

        assertThat(result.path("file_id").asText()).isEqualTo("known-gost");
        ContractPortal.Upload upload = fixture.lastUpload();
        assertThat(upload.file()).isEmpty();
        assertThat(upload.hash()).isEqualTo(NursignModuleIT.sha256Hex(file));
        assertThat(verifyOver(Base64.getDecoder().decode(upload.signature()), file)
                        .indication())
                .isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void whenBinaryIsSignedWithAGostKey_thenTheTimestampedCmsVerifiesOverTheDownloadedBytes() throws Exception {
        byte[] document = "a GOST procurement contract".repeat(2000).getBytes(StandardCharsets.UTF_8);
        String url = fixture.portal.serveFile("gost-contract.pdf", document).toString();

        String cms = result(call(socket, "binary", field("upload_url", url))).asText();

        ValidationReport report = fixture.world
                .verifier()
                .verify(
                        Base64.getDecoder().decode(cms),
                        Optional.of(new ByteArrayInputStream(document)),
                        fixture.world.verification());
        assertThat(report.indication()).as(report.toJson()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(report.signers().get(0).timestampTime()).isPresent();
    }

    private ValidationReport verifyOver(byte[] cms, Path file) throws Exception {
        try (InputStream content = Files.newInputStream(file)) {
            ValidationReport report =
                    fixture.world.verifier().verify(cms, Optional.of(content), fixture.world.verification());
            assertThat(report.signers().get(0).timestampTime()).isPresent();
            return report;
        }
    }
}

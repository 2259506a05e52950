package kz.qoltanba.bundle.nursign;

import static kz.qoltanba.bundle.nursign.NursignBridge.call;
import static kz.qoltanba.bundle.nursign.NursignBridge.field;
import static kz.qoltanba.bundle.nursign.NursignBridge.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.stream.Stream;
import kz.qoltanba.bundle.nursign.testserver.ContractPortal;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.validation.Indication;
import kz.qoltanba.signing.validation.ValidationReport;
import kz.qoltanba.signing.validation.XmlVerifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The NURSign module installed from the signed catalog into a real bridge process in unattended mode, called
 * through its WebSocket from the portal's origin, against the contract's check/upload server: every
 * {@code type} and every failure code of bridge-protocol §6.
 */
class NursignModuleIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;

    private static NursignBridge fixture;
    private BridgeSocket socket;

    @BeforeAll
    static void start() throws Exception {
        fixture = NursignBridge.start(work, KeyAlgorithm.RSA);
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
        fixture.portal.failCheck(false);
        fixture.portal.failUpload(ContractPortal.UploadFailure.NONE);
    }

    private static void assertError(JsonNode answer, int code) {
        assertThat(answer.path("errorCode").isInt()).as(answer.toString()).isTrue();
        assertThat(answer.path("errorCode").asInt()).as(answer.toString()).isEqualTo(code);
        assertThat(answer.path("result").isNull()).isTrue();
        assertThat(answer.path("message").asText()).isNotBlank();
    }

    @Test
    void whenVersionIsAsked_thenTheExactValuePortalsCheck() throws Exception {
        assertThat(call(socket, "version", "").toString())
                .isEqualTo("{\"result\":{\"version\":\"1.0.0\"},\"errorCode\":\"NONE\"}");
    }

    @Test
    void whenXmlIsSigned_thenTheEnvelopedSignatureVerifies() throws Exception {
        String signed = result(call(socket, "xml", field("data", "<doc><a>1</a></doc>")))
                .asText();

        assertThat(signed).contains("<a>1</a>").contains("Signature");
        assertThat(verifyXml(signed).indication()).isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void whenSeveralXmlAreSigned_thenOneSignedDocumentEachInOrder() throws Exception {
        JsonNode signed = result(call(socket, "multixml", ",\"data\":[\"<a>1</a>\",\"<b>2</b>\"]"));

        assertThat(signed.size()).isEqualTo(2);
        assertThat(signed.get(0).asText()).startsWith("<a>1<").endsWith("</a>");
        assertThat(signed.get(1).asText()).startsWith("<b>2<").endsWith("</b>");
        assertThat(verifyXml(signed.get(1).asText()).indication()).isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void whenXmlIsNotWellFormed_thenError9() throws Exception {
        assertError(call(socket, "xml", field("data", "<doc>")), 9);
    }

    @Test
    void whenTextIsSigned_thenAttachedCmsWithAValidTimestamp() throws Exception {
        String cms = result(call(socket, "text", field("data", "Заявка №1"))).asText();

        ValidationReport report = fixture.world
                .verifier()
                .verify(Base64.getDecoder().decode(cms), Optional.empty(), fixture.world.verification());
        assertThat(report.indication()).as(report.toJson()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(report.signers().get(0).timestampTime()).isPresent();
    }

    @Test
    void whenSeveralTextsAreSigned_thenOneTimestampedCmsPerId() throws Exception {
        JsonNode items = result(call(socket, "multitext", ",\"data\":{\"x1\":\"one\",\"x2\":\"two\"}"))
                .path("items");

        assertThat(items.size()).isEqualTo(2);
        for (String id : List.of("x1", "x2")) {
            ValidationReport report = fixture.world
                    .verifier()
                    .verify(
                            Base64.getDecoder().decode(items.path(id).asText()),
                            Optional.empty(),
                            fixture.world.verification());
            assertThat(report.indication()).as(report.toJson()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(report.signers().get(0).timestampTime()).isPresent();
        }
    }

    @Test
    void whenBinaryIsSigned_thenDetachedTimestampedCmsOverTheDownloadedBytes() throws Exception {
        byte[] document = "a procurement contract".repeat(1000).getBytes(StandardCharsets.UTF_8);
        String url = fixture.portal.serveFile("contract.pdf", document).toString();

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

    @Test
    void whenBinaryDownloadFails_thenError11() throws Exception {
        assertError(
                NursignBridge.call(
                        socket, "binary", field("upload_url", fixture.portal.baseUrl() + "files/missing.pdf")),
                11);
    }

    @Test
    void whenNewFileIsSigned_thenItIsUploadedAndThePortalVerifiesTheSignatureOverIt() throws Exception {
        Path file = Files.write(work.resolve("new-offer.pdf"), randomBytes(300_000));
        fixture.chooseNext(file);

        JsonNode result = result(fixture.fileRequest(socket, "tok-1"));

        assertThat(result.path("file_name").asText()).isEqualTo("new-offer.pdf");
        assertThat(result.path("file_size").asLong()).isEqualTo(300_000);
        assertThat(result.path("file_id").asText()).isNotBlank();
        assertThat(result.has("error") && result.path("error").isNull()).isTrue();
        assertThat(result.path("validation_error").isNull()).isTrue();
        assertThat(result.path("error_message").isNull()).isTrue();
        ContractPortal.Upload upload = fixture.lastUpload();
        assertThat(upload.file()).isPresent();
        assertThat(upload.token()).isEqualTo("tok-1");
        assertThat(upload.hash()).isEqualTo(sha256Hex(file));
        ValidationReport report = fixture.portal.verify(upload, fixture.world.verifier(), fixture.world.verification());
        assertThat(report.indication()).as(report.toJson()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(report.signers().get(0).timestampTime()).isPresent();
        assertThat(lastEntries("progress").toString()).contains("Модуль Государственные закупки РК");
    }

    @Test
    void whenThePortalKnowsTheFile_thenOnlyTokenHashAndSignatureAreSent() throws Exception {
        Path file = Files.write(work.resolve("known.pdf"), randomBytes(1000));
        fixture.portal.knowFile(sha256Hex(file), "known-42", "known.pdf", 1000);
        fixture.chooseNext(file);

        JsonNode result = result(fixture.fileRequest(socket, "tok-2"));

        assertThat(result.path("file_id").asText()).isEqualTo("known-42");
        ContractPortal.Upload upload = fixture.lastUpload();
        assertThat(upload.file()).isEmpty();
        assertThat(upload.hash()).isEqualTo(sha256Hex(file));
        assertThat(fixture.portal
                        .verify(upload, fixture.world.verifier(), fixture.world.verification())
                        .indication())
                .isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void whenFileIsOneByteOverTheLimit_thenError2() throws Exception {
        Path file = work.resolve("too-large.bin");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(20L * 1024 * 1024 + 1);
        }
        fixture.chooseNext(file);

        assertError(fixture.fileRequest(socket, "t"), 2);
        Files.delete(file);
    }

    @Test
    void whenUploadUrlIsNotAllowed_thenError14AndNoChooser() throws Exception {
        assertError(
                NursignBridge.call(
                        socket,
                        "file",
                        field("token", "t") + field("url_upload", "https://goszakup.test.evil.tld/upload")),
                14);
        assertError(call(socket, "binary", field("upload_url", "https://evil.example/doc.pdf")), 14);
    }

    @Test
    void whenOriginIsNotInAllowAddresses_thenError14EvenForVersion() throws Exception {
        try (BridgeSocket other = BridgeSocket.connect(fixture.bridge.port(), NursignWorld.OTHER_ORIGIN)) {
            assertError(other.call("{\"module\":\"NURSign\",\"type\":\"version\"}"), 14);
        }
    }

    @Test
    void whenUploadFails_thenError3() throws Exception {
        fixture.portal.failUpload(ContractPortal.UploadFailure.STATUS_500);
        Path file = Files.write(work.resolve("upload-fails.pdf"), randomBytes(1000));
        fixture.chooseNext(file);

        assertError(fixture.fileRequest(socket, "t"), 3);
    }

    @Test
    void whenCheckFails_thenError5() throws Exception {
        fixture.portal.failCheck(true);
        Path file = Files.write(work.resolve("check-fails.pdf"), randomBytes(1000));
        fixture.chooseNext(file);

        assertError(fixture.fileRequest(socket, "t"), 5);
    }

    @Test
    void whenPasswordIsWrong_thenError17() throws Exception {
        assertThat(fixture.bridge.queue("{\"answer\":\"wrong-password\"}")).isEqualTo(200);

        assertError(call(socket, "text", field("data", "x")), 17);
    }

    @Test
    void whenUserCancelsTheKeyChoiceOrTheChooser_thenError1() throws Exception {
        fixture.bridge.queue("{\"answer\":\"cancel\"}");
        assertError(call(socket, "text", field("data", "x")), 1);

        fixture.bridge.queue("{\"answer\":\"cancel\"}");
        assertError(fixture.fileRequest(socket, "t"), 1);
    }

    @Test
    void whenRequestIsMalformed_thenError6NamingTheProblem() throws Exception {
        JsonNode unknown = call(socket, "sing", "");
        assertError(unknown, 6);
        assertThat(unknown.path("message").asText()).contains("sing");
        JsonNode missing = call(socket, "text", "");
        assertError(missing, 6);
        assertThat(missing.path("message").asText()).contains("data");
    }

    @Test
    void whenAKeyIsChosen_thenTheModuleRemembersItAndOffersItFirstNextTime() throws Exception {
        fixture.bridge.queue("{\"key\":\"" + NursignWorld.SECOND_KEY + "\"}");
        result(call(socket, "text", field("data", "x")));

        Path recent;
        try (Stream<Path> files = Files.walk(fixture.world.home.resolve("felix-cache"))) {
            recent = files.filter(p -> p.getFileName().toString().equals("recent-keys.txt"))
                    .findFirst()
                    .orElseThrow();
        }
        assertThat(Files.readAllLines(recent).get(0)).endsWith(NursignWorld.SECOND_KEY);
        result(call(socket, "text", field("data", "y")));
        JsonNode answers = lastEntries("answer");
        JsonNode offered = answers.get(answers.size() - 1).path("offered");
        assertThat(offered.size()).as(answers.toString()).isPositive();
        assertThat(offered.get(0).asText()).endsWith(NursignWorld.SECOND_KEY);
    }

    @Test
    void whenConfigurationHasABadValue_thenTheUserIsToldNamingKeyAndLine() throws Exception {
        Map<String, String> bad = fixture.baseConfig();
        bad.put("max_file_size", "big");
        fixture.world.writeConfig(bad);
        try {
            JsonNode messages = await(
                    () -> {
                        call(socket, "version", "");
                        return lastEntries("message");
                    },
                    m -> m.toString().contains("max_file_size"));
            assertThat(messages.toString()).contains("max_file_size").contains("line");
        } finally {
            fixture.world.writeConfig(fixture.baseConfig());
        }
    }

    /** The unattended log's entries of one type ({@code answer}, {@code message}, {@code progress}). */
    private static JsonNode lastEntries(String type) throws Exception {
        com.fasterxml.jackson.databind.node.ArrayNode selected = JSON.createArrayNode();
        for (JsonNode entry : JSON.readTree(fixture.bridge.unattendedLog())) {
            if (type.equals(entry.path("type").asText())) {
                selected.add(entry);
            }
        }
        return selected;
    }

    @Test
    void whenConfigurationChanges_thenTheRunningModuleFollowsWithoutRestart() throws Exception {
        String url =
                fixture.portal.serveFile("plain-http.pdf", randomBytes(100)).toString();
        result(call(socket, "binary", field("upload_url", url)));
        Map<String, String> strict = fixture.baseConfig();
        strict.put("usehttp", "N");
        fixture.world.writeConfig(strict);
        try {
            JsonNode refused = await(
                    () -> call(socket, "binary", field("upload_url", url)),
                    a -> a.path("errorCode").asInt() == 14);
            assertError(refused, 14);
            assertThat(refused.path("message").asText()).contains("http");
        } finally {
            fixture.world.writeConfig(fixture.baseConfig());
            await(
                    () -> call(socket, "binary", field("upload_url", url)),
                    a -> "NONE".equals(a.path("errorCode").asText()));
        }
    }

    @Test
    void whenTsaIsUnreachable_thenError10() throws Exception {
        Map<String, String> broken = fixture.baseConfig();
        broken.put("tsa_url", "http://127.0.0.1:" + BridgeProcess.freePort() + "/tsa");
        fixture.world.writeConfig(broken);
        try {
            JsonNode refused = await(
                    () -> call(socket, "text", field("data", "x")),
                    a -> a.path("errorCode").asInt() == 10);
            assertError(refused, 10);
        } finally {
            fixture.world.writeConfig(fixture.baseConfig());
            await(
                    () -> call(socket, "text", field("data", "x")),
                    a -> "NONE".equals(a.path("errorCode").asText()));
        }
    }

    /** Probes until {@code done} accepts an answer and returns that answer; fails showing the last one after 15 s. */
    private static JsonNode await(Callable<JsonNode> probe, Predicate<JsonNode> done) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        JsonNode answer = probe.call();
        while (!done.test(answer)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the module did not follow the configuration within 15 s: " + answer);
            }
            Thread.sleep(300);
            answer = probe.call();
        }
        return answer;
    }

    private static ValidationReport verifyXml(String xml) throws Exception {
        return XmlVerifier.create(
                        kz.qoltanba.signing.validation.RevocationTransport.http(Duration.ofSeconds(10)),
                        new java.security.SecureRandom(),
                        Duration.ZERO)
                .verify(xml.getBytes(StandardCharsets.UTF_8), fixture.world.verification());
    }

    static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new java.util.Random(size).nextBytes(bytes);
        return bytes;
    }

    static String sha256Hex(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (var in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}

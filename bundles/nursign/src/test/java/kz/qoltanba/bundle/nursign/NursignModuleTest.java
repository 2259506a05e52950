package kz.qoltanba.bundle.nursign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import kz.qoltanba.bridge.spi.HostSigningException;
import kz.qoltanba.bridge.spi.ModuleRequest;
import kz.qoltanba.bridge.spi.NoSuitableCertificateException;
import kz.qoltanba.bridge.spi.SignatureFormat;
import kz.qoltanba.bridge.spi.UserCancelledException;
import kz.qoltanba.bridge.spi.WrongPasswordException;
import kz.qoltanba.bundle.nursign.config.ConfigProblem;
import kz.qoltanba.bundle.nursign.config.NursignSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The module's dispatch, checks and code mapping with fake host services (no sockets, no HTTP). */
class NursignModuleTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORIGIN = "https://goszakup.gov.kz";

    @TempDir
    Path temp;

    private final FakeHost host = new FakeHost();
    private final ConfigProblems problems = new ConfigProblems();
    private NursignSettings settings = settings(20L << 20, "kk");
    private boolean hostPresent = true;

    private static NursignSettings settings(long maxBytes, String lang) {
        return new NursignSettings(
                List.of(URI.create(ORIGIN)),
                maxBytes,
                Optional.empty(),
                URI.create("http://127.0.0.1:9/tsa"),
                Optional.empty(),
                false,
                lang,
                3);
    }

    private JsonNode call(String origin, String request) throws Exception {
        ModuleSigner signer = new ModuleSigner(
                () -> hostPresent ? host : null, new RecentKeys(temp.resolve("recent.txt")), Runnable::run);
        NursignModule module = new NursignModule(
                () -> settings, problems, () -> host, RequestTypes.all(signer, () -> host, Runnable::run, temp));
        String answer = module.handle(new ModuleRequest(request, origin, "c1"))
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        return JSON.readTree(answer);
    }

    private JsonNode call(String request) throws Exception {
        return call(ORIGIN, request);
    }

    private static void assertCode(JsonNode answer, int code) {
        assertThat(answer.path("errorCode").asInt(-1)).as(answer.toString()).isEqualTo(code);
        assertThat(answer.path("result").isNull()).isTrue();
        assertThat(answer.path("message").asText()).isNotBlank();
    }

    @Test
    void whenOriginIsNotAllowed_thenError14BeforeTheTypeIsLookedAt() throws Exception {
        assertCode(call("https://goszakup.gov.kz.evil.tld", "{\"module\":\"NURSign\",\"type\":\"version\"}"), 14);
        assertCode(call("https://evil.tld", "{\"module\":\"NURSign\",\"type\":\"nonsense\"}"), 14);
    }

    @Test
    void whenVersionIsAsked_thenTheContractValue() throws Exception {
        assertThat(call("{\"module\":\"NURSign\",\"type\":\"version\"}").toString())
                .isEqualTo("{\"result\":{\"version\":\"1.0.0\"},\"errorCode\":\"NONE\"}");
    }

    @Test
    void whenTypeOrFieldsAreWrong_thenError6NamingTheProblem() throws Exception {
        assertThat(call("{\"module\":\"NURSign\"}").path("message").asText()).contains("'type'");
        assertThat(call("{\"module\":\"NURSign\",\"type\":\"sign\"}")
                        .path("message")
                        .asText())
                .contains("'sign'");
        JsonNode notString = call("{\"module\":\"NURSign\",\"type\":\"xml\",\"data\":5}");
        assertCode(notString, 6);
        assertThat(notString.path("message").asText()).contains("'data'");
        assertCode(call("{\"module\":\"NURSign\",\"type\":\"multixml\",\"data\":[]}"), 6);
        assertCode(call("{\"module\":\"NURSign\",\"type\":\"multitext\",\"data\":{\"a\":1}}"), 6);
        assertCode(call("{\"module\":\"NURSign\",\"type\":\"file\",\"token\":\"t\",\"url_upload\":\"not a url\"}"), 6);
        assertThat(host.signRequests).isEmpty();
    }

    @Test
    void whenXmlIsSigned_thenTheHostGetsTheModulesLanguageAndRecentKeysFirst() throws Exception {
        JsonNode first = call("{\"module\":\"NURSign\",\"type\":\"xml\",\"data\":\"<a/>\"}");
        host.keyLocation = "/keys/head.p12";
        call("{\"module\":\"NURSign\",\"type\":\"multixml\",\"data\":[\"<a/>\",\"<b/>\"]}");
        JsonNode third = call("{\"module\":\"NURSign\",\"type\":\"multixml\",\"data\":[\"<c/>\"]}");

        assertThat(first.path("result").asText()).isEqualTo("<a/>");
        assertThat(third.path("result").get(0).asText()).isEqualTo("<c/>");
        assertThat(host.signRequests.get(0).format()).isEqualTo(SignatureFormat.XML);
        assertThat(host.signRequests.get(0).locale()).isEqualTo("kk");
        assertThat(host.signRequests.get(0).timestamp()).isFalse();
        assertThat(host.signRequests.get(1).preferredKeys()).containsExactly("/keys/person.p12");
        assertThat(host.signRequests.get(2).preferredKeys()).containsExactly("/keys/head.p12", "/keys/person.p12");
    }

    @Test
    void whenTheHostFails_thenEachFailureHasItsCode() throws Exception {
        String xml = "{\"module\":\"NURSign\",\"type\":\"xml\",\"data\":\"<a/>\"}";
        host.signFailure = new UserCancelledException("no");
        assertCode(call(xml), 1);
        host.signFailure = new WrongPasswordException("wrong");
        assertCode(call(xml), 17);
        host.signFailure = new NoSuitableCertificateException("none");
        assertCode(call(xml), 8);
        host.signFailure = new HostSigningException("not well-formed");
        assertCode(call(xml), 9);
        assertCode(call("{\"module\":\"NURSign\",\"type\":\"text\",\"data\":\"x\"}"), 10);
    }

    @Test
    void whenTheHostsCmsCannotBeTimestamped_thenError10() throws Exception {
        assertCode(call("{\"module\":\"NURSign\",\"type\":\"text\",\"data\":\"x\"}"), 10);
    }

    @Test
    void whenTheSigningServiceIsMissing_thenError6NamingIt() throws Exception {
        hostPresent = false;
        JsonNode answer = call("{\"module\":\"NURSign\",\"type\":\"xml\",\"data\":\"<a/>\"}");
        assertCode(answer, 6);
        assertThat(answer.path("message").asText()).contains("signing service");
    }

    @Test
    void whenUrlsAreNotAllowed_thenError14AndNoChooser() throws Exception {
        host.chosenFile = temp.resolve("x");
        assertCode(
                call("{\"module\":\"NURSign\",\"type\":\"file\",\"token\":\"t\","
                        + "\"url_upload\":\"http://goszakup.gov.kz/upload\"}"),
                14);
        assertCode(call("{\"module\":\"NURSign\",\"type\":\"binary\",\"upload_url\":\"https://evil.tld/x\"}"), 14);
    }

    @Test
    void whenTheChooserIsCancelledOrTheFileIsGoneOrTooLarge_then1Or4Or2() throws Exception {
        String file = "{\"module\":\"NURSign\",\"type\":\"file\",\"token\":\"t\","
                + "\"url_upload\":\"https://goszakup.gov.kz/upload\"}";
        assertCode(call(file), 1);
        host.chosenFile = temp.resolve("gone.pdf");
        assertCode(call(file), 4);
        Path large = temp.resolve("large.pdf");
        try (RandomAccessFile sparse = new RandomAccessFile(large.toFile(), "rw")) {
            sparse.setLength((1L << 20) + 1);
        }
        settings = settings(1L << 20, "ru");
        host.chosenFile = large;
        JsonNode tooLarge = call(file);
        assertCode(tooLarge, 2);
        assertThat(tooLarge.path("message").asText()).contains("1048577").contains("1048576");
        assertThat(host.signRequests).isEmpty();
    }

    @Test
    void whenTheFileChangesBeforeTheKeysDigestIsComputed_thenError4AndTheRequestCarriedOneSource() throws Exception {
        Path file = java.nio.file.Files.write(temp.resolve("offer.pdf"), new byte[] {1, 2, 3});
        host.chosenFile = file;
        host.keyDigestOid = "1.2.398.3.10.1.3.3";
        host.beforeSign = () -> overwrite(file, new byte[] {1, 2, 4});

        JsonNode changed = call(FILE_REQUEST);

        assertCode(changed, 4);
        assertThat(changed.path("message").asText()).contains("offer.pdf").contains("changed");
        assertThat(host.signRequests.get(0).format()).isEqualTo(SignatureFormat.CMS_OVER_DIGEST);
        assertThat(host.signRequests.get(0).digestSources()).hasSize(1);
        assertThat(host.signRequests.get(0).documents().get(0))
                .isEqualTo(java.security.MessageDigest.getInstance("SHA-256").digest(new byte[] {1, 2, 3}));
    }

    @Test
    void whenTheFileIsGoneBeforeTheKeysDigestIsComputed_thenError4NamingTheFile() throws Exception {
        Path file = java.nio.file.Files.write(temp.resolve("vanishing.pdf"), new byte[] {5, 6});
        host.chosenFile = file;
        host.keyDigestOid = "1.2.398.3.10.1.3.3";
        host.beforeSign = () -> overwrite(file, null);

        JsonNode gone = call(FILE_REQUEST);

        assertCode(gone, 4);
        assertThat(gone.path("message").asText()).contains("vanishing.pdf").doesNotContain(temp.toString());
    }

    private static final String FILE_REQUEST = "{\"module\":\"NURSign\",\"type\":\"file\",\"token\":\"t\","
            + "\"url_upload\":\"https://goszakup.gov.kz/upload\"}";

    private static void overwrite(Path file, byte[] content) {
        try {
            if (content == null) {
                java.nio.file.Files.delete(file);
            } else {
                java.nio.file.Files.write(file, content);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void whenConfigurationProblemsWereFound_thenTheNextRequestShowsThemOnce() throws Exception {
        problems.report(List.of(new ConfigProblem("max_file_size", 3, "'big' is not a whole number")));

        call("{\"module\":\"NURSign\",\"type\":\"version\"}");
        call("{\"module\":\"NURSign\",\"type\":\"version\"}");

        assertThat(host.messages).hasSize(1);
        assertThat(host.messages.get(0))
                .startsWith("kk|")
                .contains("max_file_size")
                .contains("3");
    }
}

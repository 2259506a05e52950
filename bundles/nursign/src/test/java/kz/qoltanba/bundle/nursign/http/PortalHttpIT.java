package kz.qoltanba.bundle.nursign.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import kz.qoltanba.bundle.nursign.testserver.ContractPortal;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.cms.CmsOptions;
import kz.qoltanba.signing.cms.CmsSigner;
import kz.qoltanba.signing.devpki.DevPkiServer;
import kz.qoltanba.signing.devpki.Persona;
import kz.qoltanba.signing.token.KeyEntry;
import kz.qoltanba.signing.tsp.TimestampClient;
import kz.qoltanba.signing.tsp.TsaConfig;
import kz.qoltanba.signing.validation.CmsVerifier;
import kz.qoltanba.signing.validation.Indication;
import kz.qoltanba.signing.validation.RevocationPolicy;
import kz.qoltanba.signing.validation.VerificationOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract's check, upload and download against the test portal, directly (no proxy). */
class PortalHttpIT {
    private static ContractPortal portal;
    private static DevPkiServer pki;

    @TempDir
    Path temp;

    private final PortalHttp http = new PortalHttp(Optional.empty(), Duration.ofSeconds(5), Duration.ofSeconds(10));

    @BeforeAll
    static void start() throws Exception {
        portal = ContractPortal.start();
        pki = DevPkiServer.start(0, Clock.systemUTC(), new SecureRandom(), Set.of(KeyAlgorithm.RSA));
    }

    @AfterAll
    static void stop() {
        portal.close();
        pki.close();
    }

    @AfterEach
    void reset() {
        portal.failCheck(false);
        portal.failUpload(ContractPortal.UploadFailure.NONE);
    }

    @Test
    void whenTheHashIsUnknown_thenTheCheckSaysItDoesNotExist() throws Exception {
        assertThat(http.checkExists(portal.checkUrl().resolve("00ff")))
                .isEqualTo(new PortalHttp.CheckAnswer(false, null));
    }

    @Test
    void whenThePortalKnowsTheHash_thenTheCheckReturnsItsFileId() throws Exception {
        portal.knowFile("abc123", "id-77", "old.pdf", 10);
        assertThat(http.checkExists(portal.checkUrl().resolve("abc123")))
                .isEqualTo(new PortalHttp.CheckAnswer(true, "id-77"));
    }

    @Test
    void whenTheCheckAnswers500_thenCheckFailedNamesTheUrlAndTheStatus() {
        portal.failCheck(true);
        URI url = portal.checkUrl().resolve("abc");
        assertThatThrownBy(() -> http.checkExists(url))
                .isInstanceOf(CheckFailedException.class)
                .hasMessageContaining(url.toString())
                .hasMessageContaining("HTTP 500");
    }

    @Test
    void whenNothingListens_thenCheckFailedSaysItCannotConnect() throws Exception {
        URI url = URI.create("http://127.0.0.1:" + closedPort() + "/check/ab");
        assertThatThrownBy(() -> http.checkExists(url))
                .isInstanceOf(CheckFailedException.class)
                .hasMessageContaining("cannot connect to " + url);
    }

    @Test
    void whenTheUrlIsNotHttp_thenTheFailureSaysSo() {
        assertThatThrownBy(() -> http.checkExists(URI.create("ftp://127.0.0.1/check/ab")))
                .isInstanceOf(CheckFailedException.class)
                .hasMessageContaining("only http and https");
    }

    @Test
    void whenANewFileIsUploaded_thenThePortalReceivesEveryPartAndTheExactBytes() throws Exception {
        byte[] content = randomBytes(300_000);
        Path file = Files.write(temp.resolve("doc.bin"), content);
        String hash = sha256Hex(content);
        String name = "Договор №1 \"итог\".pdf";
        List<Long> progress = new ArrayList<>();

        PortalHttp.UploadAnswer answer =
                http.upload(portal.uploadUrl(), "tok-1", hash, "c2lnbmF0dXJl", file, name, progress::add);

        ContractPortal.Upload upload = last();
        assertThat(upload.token()).isEqualTo("tok-1");
        assertThat(upload.hash()).isEqualTo(hash);
        assertThat(upload.signature()).isEqualTo("c2lnbmF0dXJl");
        assertThat(upload.fileName()).isEqualTo("Договор №1 %22итог%22.pdf");
        assertThat(upload.fileSha256()).isEqualTo(hash);
        assertThat(upload.fileSize()).isEqualTo(content.length);
        assertThat(answer.fileSize()).isEqualTo(content.length);
        assertThat(answer.fileName()).isEqualTo(upload.fileName());
        assertThat(http.checkExists(portal.checkUrl().resolve(hash)))
                .isEqualTo(new PortalHttp.CheckAnswer(true, answer.fileId()));
        assertThat(progress).isSorted().last().isEqualTo((long) content.length);
    }

    @Test
    void whenTheFileIsKnown_thenTheUploadCarriesNoFilePart() throws Exception {
        portal.knowFile("feed", "id-known", "known.pdf", 4);

        PortalHttp.UploadAnswer answer = http.upload(portal.uploadUrl(), "tok-2", "feed", "c2ln", null, null, null);

        assertThat(answer).isEqualTo(new PortalHttp.UploadAnswer("id-known", "known.pdf", 4));
        assertThat(last().file()).isEmpty();
        assertThat(last().fields()).containsOnlyKeys("token", "hash", "signature");
    }

    @Test
    void whenTheUploadAnswers500_thenUploadFailedNamesTheStatus() throws Exception {
        portal.failUpload(ContractPortal.UploadFailure.STATUS_500);
        Path file = Files.writeString(temp.resolve("a.txt"), "a");
        assertThatThrownBy(() ->
                        http.upload(portal.uploadUrl(), "t", sha256Hex("a".getBytes()), "c2ln", file, "a.txt", null))
                .isInstanceOf(UploadFailedException.class)
                .hasMessageContaining(portal.uploadUrl().toString())
                .hasMessageContaining("HTTP 500");
    }

    @Test
    void whenTheUploadAnswerIsNotJson_thenUploadFailedSaysItIsOutsideTheContract() throws Exception {
        portal.failUpload(ContractPortal.UploadFailure.BAD_JSON);
        Path file = Files.writeString(temp.resolve("b.txt"), "b");
        assertThatThrownBy(() ->
                        http.upload(portal.uploadUrl(), "t", sha256Hex("b".getBytes()), "c2ln", file, "b.txt", null))
                .isInstanceOf(UploadFailedException.class)
                .hasMessageContaining("outside the contract")
                .hasMessageContaining("not JSON");
    }

    @Test
    void whenTheFileToUploadIsMissing_thenUploadFailedNamesIt() {
        Path missing = temp.resolve("gone.pdf");
        assertThatThrownBy(() -> http.upload(portal.uploadUrl(), "t", "00", "c2ln", missing, "gone.pdf", null))
                .isInstanceOf(UploadFailedException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void whenTheFileGrowsWhileItIsUploaded_thenTheUploadStopsAndSaysSo() throws Exception {
        Path file = Files.write(temp.resolve("growing.bin"), randomBytes(200_000));
        LongConsumer appendOnce = new LongConsumer() {
            private boolean appended;

            @Override
            public void accept(long sent) {
                if (!appended) {
                    appended = true;
                    try {
                        Files.write(file, new byte[] {1}, java.nio.file.StandardOpenOption.APPEND);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }
        };

        assertThatThrownBy(() -> http.upload(portal.uploadUrl(), "t", "00", "c2ln", file, "growing.bin", appendOnce))
                .isInstanceOf(UploadFailedException.class)
                .hasMessageContaining("the file " + file + " grew while it was uploaded");
    }

    @Test
    void whenAPartIsEmpty_thenUploadFailedNamesThePart() {
        assertThatThrownBy(() -> http.upload(portal.uploadUrl(), "", "00", "c2ln", null, null, null))
                .isInstanceOf(UploadFailedException.class)
                .hasMessageContaining("'token'");
    }

    @Test
    void whenADocumentIsDownloaded_thenItsBytesSizeAndSha256AreReturned() throws Exception {
        byte[] content = randomBytes(200_000);
        URI url = portal.serveFile("dl.bin", content);
        List<Long> progress = new ArrayList<>();

        PortalHttp.Download download = http.download(url, content.length, temp, progress::add);

        assertThat(download.size()).isEqualTo(content.length);
        assertThat(Files.readAllBytes(download.file())).isEqualTo(content);
        assertThat(download.sha256())
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(content));
        assertThat(download.file().getParent()).isEqualTo(temp);
        assertThat(progress).isSorted().last().isEqualTo((long) content.length);
    }

    @Test
    void whenADocumentIsOneByteOverTheLimit_thenTooLargeAndNothingIsLeftBehind() throws Exception {
        URI url = portal.serveFile("big.bin", randomBytes(1025));
        assertThatThrownBy(() -> http.download(url, 1024, temp, null))
                .isInstanceOf(TooLargeException.class)
                .hasMessageContaining("1025")
                .hasMessageContaining("1024");
        try (var left = Files.list(temp)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void whenTheDocumentDoesNotExist_thenDownloadFailedNamesTheStatus() {
        URI url = portal.baseUrl().resolve("files/none");
        assertThatThrownBy(() -> http.download(url, 1024, temp, null))
                .isInstanceOf(DownloadFailedException.class)
                .hasMessageContaining(url.toString())
                .hasMessageContaining("HTTP 404");
    }

    @Test
    void whenAFileIsSignedWithATimestampAndUploaded_thenThePortalVerifiesTheDetachedSignatureOverTheFile()
            throws Exception {
        byte[] content = randomBytes(100_000);
        Path file = Files.write(temp.resolve("signed.bin"), content);
        KeyEntry key =
                pki.pki().persona(Persona.INDIVIDUAL_SIGN, KeyAlgorithm.RSA).keyEntry();
        TimestampClient tsa = TimestampClient.create(
                TsaConfig.of(pki.pki().tsaUrl(KeyAlgorithm.RSA)), http.tsaTransport(), new SecureRandom());
        byte[] cms;
        try (InputStream in = Files.newInputStream(file)) {
            cms = CmsSigner.create(key, CmsOptions.defaults().withTimestamps(tsa))
                    .sign(in);
        }

        http.upload(
                portal.uploadUrl(),
                "t",
                sha256Hex(content),
                Base64.getEncoder().encodeToString(cms),
                file,
                "signed.bin",
                null);

        VerificationOptions options = VerificationOptions.builder()
                .trustAnchor(pki.pki().root(KeyAlgorithm.RSA).certificate())
                .revocationPolicy(RevocationPolicy.OFF)
                .build();
        CmsVerifier verifier = CmsVerifier.create();
        assertThat(portal.verify(last(), verifier, options).indication()).isEqualTo(Indication.TOTAL_PASSED);

        http.upload(
                portal.uploadUrl(), "t", sha256Hex(content), Base64.getEncoder().encodeToString(cms), null, null, null);
        assertThat(last().file()).isEmpty();
        assertThat(portal.verify(last(), verifier, options).indication()).isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void whenADocumentWithoutContentLengthGrowsOverTheLimit_thenTooLargeWhileReadingAndNothingIsLeftBehind()
            throws Exception {
        HttpServer chunked = serving(exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (var out = exchange.getResponseBody()) {
                out.write(new byte[300_000]);
            }
        });
        try {
            URI url = URI.create("http://127.0.0.1:" + chunked.getAddress().getPort() + "/doc");
            PortalHttp.Download exactlyTheLimit = http.download(url, 300_000, temp, null);
            assertThat(exactlyTheLimit.size()).isEqualTo(300_000);
            Files.delete(exactlyTheLimit.file());
            assertThatThrownBy(() -> http.download(url, 299_999, temp, null))
                    .isInstanceOf(TooLargeException.class)
                    .hasMessageContaining("more than 299999 bytes");
            try (var left = Files.list(temp)) {
                assertThat(left).isEmpty();
            }
        } finally {
            chunked.stop(0);
        }
    }

    @Test
    void whenTheServerRedirects_thenTheRedirectIsNotFollowedAndTheStatusIsNamed() throws Exception {
        HttpServer redirecting = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        redirecting.createContext("/", exchange -> {
            exchange.getResponseHeaders()
                    .set("Location", portal.checkUrl().resolve("00").toString());
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        redirecting.start();
        try {
            URI url = URI.create("http://127.0.0.1:" + redirecting.getAddress().getPort() + "/check/00");
            assertThatThrownBy(() -> http.checkExists(url))
                    .isInstanceOf(CheckFailedException.class)
                    .hasMessageContaining("HTTP 302");
            assertThat(portal.requests()).noneMatch(request -> request.path().equals("/check/00"));
        } finally {
            redirecting.stop(0);
        }
    }

    @Test
    void whenAServerWithoutProxyAnswers407_thenItIsReportedAsItsStatus() throws Exception {
        HttpServer odd = serving(exchange -> {
            exchange.sendResponseHeaders(407, -1);
            exchange.close();
        });
        try {
            URI url = URI.create("http://127.0.0.1:" + odd.getAddress().getPort() + "/check/00");
            assertThatThrownBy(() -> http.checkExists(url))
                    .isInstanceOf(CheckFailedException.class)
                    .hasMessage("the file check " + url + " answered HTTP 407");
        } finally {
            odd.stop(0);
        }
    }

    private static HttpServer serving(HttpHandler handler) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", handler);
        server.start();
        return server;
    }

    private static ContractPortal.Upload last() {
        List<ContractPortal.Upload> uploads = portal.uploads();
        return uploads.get(uploads.size() - 1);
    }

    static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    static String sha256Hex(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}

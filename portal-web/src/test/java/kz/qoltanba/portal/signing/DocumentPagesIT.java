package kz.qoltanba.portal.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kz.qoltanba.portal.audit.AuditEvent;
import kz.qoltanba.portal.audit.AuditJournal;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.db.TestDatabase;
import kz.qoltanba.portal.e2e.PortalUnderTest;
import kz.qoltanba.portal.login.AccountDirectory;
import kz.qoltanba.portal.testutil.HttpLogin;
import kz.qoltanba.portal.testutil.MutableClock;
import kz.qoltanba.portal.testutil.TestAccounts;
import kz.qoltanba.portal.testutil.TestKey;
import kz.qoltanba.portal.testutil.TestPki;
import kz.qoltanba.portal.testutil.TestSignatures;
import kz.qoltanba.portal.web.WebClient;
import kz.qoltanba.signing.testutil.Prerequisites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signed document's page, download and re-verification, and who may open them. */
class DocumentPagesIT {
    private static PortalDatabase db;
    private static TestPki pki;
    private static PortalUnderTest portal;
    private static long documentId;
    private static byte[] envelope;

    @TempDir
    static Path temp;

    @BeforeAll
    static void start() {
        db = TestDatabase.fresh();
        pki = TestPki.get();
        MutableClock clock = MutableClock.startingNow();
        portal = PortalUnderTest.start(
                db,
                clock,
                pki,
                PortalUnderTest.options().services(b -> b.with(AccountDirectory.class, new TestAccounts())));
        SigningPipeline pipeline = portal.services().require(SigningPipeline.class);
        SignedAction action = new SignedAction(
                "TSR_APPLICATION_SUBMIT",
                "registry_application",
                "app-7",
                3,
                SignerRule.legalSignature("180540012345", "850101300111"));
        IssuedRequest request = db.inTransaction(
                c -> pipeline.issue(c, "doc-session", action, SignContent.json(Map.of("kind", "INCLUSION"))));
        envelope = Base64.getDecoder().decode(request.data());
        String signed = TestSignatures.sign(request, pki.key(TestKey.TSR1_SIGN));
        documentId = db.inTransaction(c -> {
            try {
                return pipeline.complete(c, request.id(), "doc-session", signed, 3)
                        .documentId();
            } catch (SignatureRejectedException e) {
                throw new AssertionError(e);
            }
        });
    }

    @AfterAll
    static void stop() throws Exception {
        portal.close();
        db.close();
    }

    private static WebClient loggedIn(String area, TestKey key) throws Exception {
        WebClient client = new WebClient();
        assertThat(HttpLogin.login(portal, client, area, key).path("ok").asBoolean())
                .isTrue();
        return client;
    }

    @Test
    void whenTheSignerOpensTheDocument_thenWhoWhenWhatAndTheReportAreShown() throws Exception {
        HttpResponse<String> page = loggedIn("supplier", TestKey.TSR1_AUTH).get(portal.url("/documents/" + documentId));

        String serial =
                pki.key(TestKey.TSR1_SIGN).certificate().getSerialNumber().toString(16);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("АХМЕТОВ ЕРЛАН")
                .contains(serial)
                .contains("180540012345")
                .contains("TSR_APPLICATION_SUBMIT")
                .contains("REGISTRY_APPLICATION app-7")
                .contains("Подпись действительна.")
                .contains("\"kind\":\"INCLUSION\"");
    }

    @Test
    void whenTheSignerReverifies_thenAFreshReportIsShown() throws Exception {
        WebClient client = loggedIn("supplier", TestKey.TSR1_AUTH);
        String csrf = WebClient.csrfOf(client.get(portal.url("/documents/" + documentId)));

        HttpResponse<String> page =
                client.postForm(portal.url("/documents/" + documentId + "/reverify"), Map.of(), csrf);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Результат повторной проверки").contains("qs-report-fresh");
    }

    @Test
    void whenTheSignerDownloadsAndReverifies_thenTheJournalRecordsBoth() throws Exception {
        WebClient client = loggedIn("supplier", TestKey.TSR1_AUTH);
        String csrf = WebClient.csrfOf(client.get(portal.url("/documents/" + documentId)));
        int before = journal("document.download").size()
                + journal("document.reverify").size();

        assertThat(client.get(portal.url("/documents/" + documentId + "/download"))
                        .statusCode())
                .isEqualTo(200);
        client.postForm(portal.url("/documents/" + documentId + "/reverify"), Map.of(), csrf);

        List<AuditEvent> downloads = journal("document.download");
        List<AuditEvent> reverified = journal("document.reverify");
        assertThat(downloads.size() + reverified.size()).isGreaterThanOrEqualTo(before + 2);
        assertThat(downloads).isNotEmpty().allSatisfy(e -> {
            assertThat(e.actorIin()).isNotBlank();
            assertThat(e.details()).isEqualTo(".cms");
        });
        assertThat(reverified)
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.details()).isEqualTo("TOTAL_PASSED"));
    }

    private static List<AuditEvent> journal(String action) {
        return db.inTransaction(c -> new AuditJournal(java.time.Clock.systemUTC())
                .of(c, "signed_document", String.valueOf(documentId)).stream()
                        .filter(e -> e.action().equals(action))
                        .toList());
    }

    @Test
    void whenTheDownloadedCmsIsCheckedByOpenSsl_thenItVerifiesAndYieldsTheEnvelope() throws Exception {
        Prerequisites.require(Files.isExecutable(Path.of("/usr/bin/openssl")), "openssl");
        HttpClient http = HttpClient.newHttpClient();
        WebClient client = loggedIn("supplier", TestKey.TSR1_AUTH);
        HttpResponse<byte[]> download = http.send(
                HttpRequest.newBuilder(URI.create(portal.url("/documents/" + documentId + "/download")))
                        .header("Cookie", "QSESSION=" + client.cookie("QSESSION"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .contains("document-" + documentId + ".cms");
        Path cms = Files.write(temp.resolve("document.cms"), download.body());
        Path anchors = temp.resolve("ca.pem");
        StringBuilder pem = new StringBuilder();
        pki.trustAnchors().forEach(c -> pem.append(SignRequestJson.pem(c)));
        pki.intermediates().forEach(c -> pem.append(SignRequestJson.pem(c)));
        Files.writeString(anchors, pem);
        Path out = temp.resolve("content.json");

        int exit = run(
                "openssl",
                "cms",
                "-verify",
                "-inform",
                "DER",
                "-in",
                cms.toString(),
                "-CAfile",
                anchors.toString(),
                "-out",
                out.toString());

        assertThat(exit).isZero();
        assertThat(Files.readAllBytes(out)).isEqualTo(envelope);
    }

    @Test
    void whenSomeoneElseOpensTheDocument_thenForbidden() throws Exception {
        WebClient other = loggedIn("recipient", TestKey.TSR1_IND_AUTH);

        assertThat(other.get(portal.url("/documents/" + documentId)).statusCode())
                .isEqualTo(403);
        assertThat(other.get(portal.url("/documents/" + documentId + "/download"))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void whenNobodyIsLoggedIn_thenForbidden() throws Exception {
        assertThat(new WebClient().get(portal.url("/documents/" + documentId)).statusCode())
                .isEqualTo(403);
    }

    @Test
    void whenTheDocumentDoesNotExist_thenNotFound() throws Exception {
        WebClient client = loggedIn("supplier", TestKey.TSR1_AUTH);

        assertThat(client.get(portal.url("/documents/999999")).statusCode()).isEqualTo(404);
        assertThat(client.get(portal.url("/documents/abc")).statusCode()).isEqualTo(404);
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", command));
        }
        if (process.exitValue() != 0) {
            System.err.println(output);
        }
        return process.exitValue();
    }
}

package kz.qoltanba.portal.procurement.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.db.TestDatabase;
import kz.qoltanba.portal.procurement.CapturedMail;
import kz.qoltanba.portal.procurement.ProcurementSettings;
import kz.qoltanba.portal.procurement.account.AccountFixtures;
import kz.qoltanba.portal.procurement.account.CertificateHolder;
import kz.qoltanba.portal.procurement.account.ProcurementAccounts;
import kz.qoltanba.portal.procurement.account.RegistrationForm;
import kz.qoltanba.portal.testutil.MutableClock;
import kz.qoltanba.portal.testutil.StandInSignatures;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.cms.CmsOptions;
import kz.qoltanba.signing.cms.CmsSigner;
import kz.qoltanba.signing.devpki.DevPki;
import kz.qoltanba.signing.devpki.Persona;
import kz.qoltanba.signing.validation.CmsVerifier;
import kz.qoltanba.signing.validation.RevocationPolicy;
import kz.qoltanba.signing.validation.VerificationOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The NURSign file contract against a real Jetty and PostgreSQL, with signatures made by the dev PKI. */
class FileEndpointsIT {
    private static DevPki pki;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final PortalDatabase db = TestDatabase.fresh();
    private final MutableClock clock = new MutableClock(Instant.now());
    private Javalin app;
    private ProcurementSettings settings;
    private long accountId;
    private long otherAccountId;

    @BeforeAll
    static void pki() throws Exception {
        pki = DevPki.generate(
                URI.create("http://127.0.0.1:9/"), Clock.systemUTC(), new SecureRandom(), Set.of(KeyAlgorithm.RSA));
    }

    @BeforeEach
    void start() throws Exception {
        settings = AccountFixtures.settings(dir.resolve("files"));
        ProcurementAccounts accounts = AccountFixtures.accounts(clock, new CapturedMail(), dir);
        accountId = accountFor(accounts, Persona.INDIVIDUAL_SIGN);
        otherAccountId = accountFor(accounts, Persona.LEGAL_HEAD);
        FileSignatureCheck check = FileSignatureCheck.with(CmsVerifier.create(), () -> {
            try {
                return VerificationOptions.builder()
                        .trustAnchor(pki.root(KeyAlgorithm.RSA).certificate())
                        .extraCertificate(pki.intermediate(KeyAlgorithm.RSA).certificate())
                        .crl(pki.crl(KeyAlgorithm.RSA))
                        .revocationPolicy(RevocationPolicy.HARD)
                        .build();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        FileUploads uploads = new FileUploads(
                db,
                clock,
                settings,
                new FileStore(settings.filesDirectory(), db),
                new UploadTokens(new SecureRandom()),
                check,
                (c, action, type, id, details) -> {});
        FileEndpoints endpoints =
                new FileEndpoints(uploads, settings.maxFileBytes(), Files.createDirectories(dir.resolve("spool")));
        app = Javalin.create(config -> endpoints.register(config.routes)).start("127.0.0.1", 0);
    }

    private long accountFor(ProcurementAccounts accounts, Persona persona) {
        String iin = persona.iin().orElseThrow();
        return db.inTransaction(c -> {
            Optional<Long> existing = accounts.byIin(c, iin).map(a -> a.id());
            if (existing.isPresent()) {
                return existing.get();
            }
            CertificateHolder holder = new CertificateHolder(
                    iin, persona.commonName(), null, null, null, null, null, "u" + iin + "@example.kz", "01");
            return accounts.registration()
                    .register(
                            c,
                            new RegistrationForm(
                                    holder,
                                    holder.email(),
                                    null,
                                    true,
                                    "Abcdefg1".toCharArray(),
                                    "Abcdefg1".toCharArray(),
                                    Optional.of(StandInSignatures.store(c, iin, null, persona.commonName()))));
        });
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
        db.close();
    }

    private String token(long account) {
        return db.inTransaction(c -> new UploadTokens(new SecureRandom())
                        .issue(c, account, clock.instant(), settings.uploadTokenTtl()))
                .value();
    }

    private static byte[] sign(Persona persona, byte[] content) throws Exception {
        return CmsSigner.create(
                        pki.persona(persona, KeyAlgorithm.RSA).keyEntry(),
                        CmsOptions.defaults().withDetached(true))
                .sign(new java.io.ByteArrayInputStream(content));
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private HttpResponse<String> upload(String token, String hash, byte[] cms, byte[] file) throws Exception {
        Multipart form = new Multipart()
                .text("token", token)
                .text("hash", hash)
                .text("signature", Base64.getEncoder().encodeToString(cms));
        if (file != null) {
            form.file("file", "протокол.pdf", file);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/files/upload"))
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes()))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> check(String hash) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/files/check_by_hash/" + hash))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private List<FileSignatureRow> filesOf(long account) {
        return db.inTransaction(c -> new FileRepository().listForAccount(c, account));
    }

    private static byte[] content(String text) {
        return (text + " " + System.nanoTime()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void whenGoodFileIsUploaded_thenItIsStoredWithItsSignature_andCheckByHashFindsIt() throws Exception {
        byte[] file = content("protocol");
        String hash = sha256(file);
        assertThat(json(check(hash)).toString()).isEqualTo("{\"exists\":false}");

        HttpResponse<String> response = upload(token(accountId), hash, sign(Persona.INDIVIDUAL_SIGN, file), file);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("file_id").asText()).startsWith("f-");
        assertThat(body.get("file_name").asText()).isEqualTo("протокол.pdf");
        assertThat(body.get("file_size").asLong()).isEqualTo(file.length);
        assertThat(storedContent(hash))
                .as("kept in the database, for every instance")
                .isEqualTo(file);
        assertThat(settings.filesDirectory().resolve(hash))
                .as("not on this instance's disk")
                .doesNotExist();
        JsonNode exists = json(check(hash));
        assertThat(exists.get("exists").asBoolean()).isTrue();
        assertThat(exists.get("file_id").asText()).isEqualTo(body.get("file_id").asText());
        assertThat(filesOf(accountId)).singleElement().satisfies(row -> {
            assertThat(row.indication()).isEqualTo("TOTAL_PASSED");
            assertThat(row.signerIin()).isEqualTo(Persona.INDIVIDUAL_SIGN.iin().orElseThrow());
            assertThat(row.sha256()).isEqualTo(hash);
        });
        Thread.sleep(200);
        try (var spooled = Files.list(dir.resolve("spool"))) {
            assertThat(spooled).as("multipart parts left behind").isEmpty();
        }
    }

    @Test
    void whenFileExists_thenUploadWithoutTheFilePartAddsTheSignature() throws Exception {
        byte[] file = content("existing");
        String hash = sha256(file);
        assertThat(upload(token(accountId), hash, sign(Persona.INDIVIDUAL_SIGN, file), file)
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> again = upload(token(accountId), hash, sign(Persona.INDIVIDUAL_SIGN, file), null);

        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(json(again).get("file_name").asText()).isEqualTo("протокол.pdf");
        assertThat(filesOf(accountId))
                .hasSize(2)
                .extracting(FileSignatureRow::fileId)
                .containsOnly(json(again).get("file_id").asText());
    }

    @Test
    void whenFileIsUnknown_thenUploadWithoutTheFileIsRefused() throws Exception {
        byte[] file = content("never sent");
        HttpResponse<String> response =
                upload(token(accountId), sha256(file), sign(Persona.INDIVIDUAL_SIGN, file), null);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("error").asText()).isEqualTo("FILE_UNKNOWN");
    }

    @Test
    void whenAnnouncedHashDiffers_thenNothingIsStored() throws Exception {
        byte[] file = content("hash");
        String otherHash = sha256(content("another"));
        HttpResponse<String> response = upload(token(accountId), otherHash, sign(Persona.INDIVIDUAL_SIGN, file), file);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").asText()).isEqualTo("HASH_MISMATCH");
        assertThat(json(response).get("message").asText()).contains(otherHash);
        assertThat(filesOf(accountId)).isEmpty();
        assertThat(settings.filesDirectory().resolve(sha256(file))).doesNotExist();
        assertThat(storedContent(sha256(file))).isNull();
        try (var incoming = Files.list(settings.filesDirectory().resolve("incoming"))) {
            assertThat(incoming).isEmpty();
        }
    }

    @Test
    void whenSignatureIsOverOtherBytes_thenItIsRefused() throws Exception {
        byte[] file = content("signed");
        HttpResponse<String> response =
                upload(token(accountId), sha256(file), sign(Persona.INDIVIDUAL_SIGN, content("other")), file);
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).get("error").asText()).isEqualTo("SIGNATURE_INVALID");
        assertThat(filesOf(accountId)).isEmpty();
    }

    @Test
    void whenSignatureIsNotACms_thenItIsRefused() throws Exception {
        byte[] file = content("garbage");
        HttpResponse<String> response = upload(token(accountId), sha256(file), new byte[] {0x30, 0x03, 1, 2, 3}, file);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").asText()).isEqualTo("SIGNATURE_MALFORMED");
    }

    @Test
    void whenSignerKeyIsRevokedOrForAuthentication_thenItIsRefused() throws Exception {
        byte[] file = content("purpose");
        HttpResponse<String> auth = upload(token(accountId), sha256(file), sign(Persona.WRONG_PURPOSE, file), file);
        assertThat(auth.statusCode()).isEqualTo(422);
        assertThat(json(auth).get("message").asText()).contains("not valid");

        HttpResponse<String> revoked = upload(token(accountId), sha256(file), sign(Persona.REVOKED, file), file);
        assertThat(revoked.statusCode()).isEqualTo(422);
        assertThat(json(revoked).get("message").asText()).contains("REVOKED");
        assertThat(filesOf(accountId)).isEmpty();
    }

    @Test
    void whenAnotherPersonSigned_thenTheUploadIsRefused() throws Exception {
        byte[] file = content("someone else");
        HttpResponse<String> response = upload(token(accountId), sha256(file), sign(Persona.LEGAL_HEAD, file), file);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).get("error").asText()).isEqualTo("SIGNER_MISMATCH");

        HttpResponse<String> own = upload(token(otherAccountId), sha256(file), sign(Persona.LEGAL_HEAD, file), file);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    }

    @Test
    void whenTokenIsReusedForgedOrExpired_thenTheUploadIsRefused() throws Exception {
        byte[] file = content("token");
        String hash = sha256(file);
        byte[] cms = sign(Persona.INDIVIDUAL_SIGN, file);
        String token = token(accountId);
        assertThat(upload(token, hash, cms, file).statusCode()).isEqualTo(200);

        HttpResponse<String> reused = upload(token, hash, cms, file);
        assertThat(reused.statusCode()).isEqualTo(403);
        assertThat(json(reused).get("error").asText()).isEqualTo("TOKEN_USED");

        HttpResponse<String> forged = upload("forged-token", hash, cms, file);
        assertThat(json(forged).get("error").asText()).isEqualTo("TOKEN_UNKNOWN");

        String late = token(accountId);
        clock.advance(settings.uploadTokenTtl().plus(Duration.ofSeconds(1)));
        HttpResponse<String> expired = upload(late, hash, cms, file);
        assertThat(json(expired).get("error").asText()).isEqualTo("TOKEN_EXPIRED");
        assertThat(filesOf(accountId)).hasSize(1);
    }

    @Test
    void whenFileIsLargerThanTwentyMebibytes_thenItIsRefused_butExactlyTwentyIsAccepted() throws Exception {
        byte[] limit = new byte[(int) (20 * ProcurementSettings.MIB)];
        new SecureRandom().nextBytes(limit);
        HttpResponse<String> ok = upload(token(accountId), sha256(limit), sign(Persona.INDIVIDUAL_SIGN, limit), limit);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);

        byte[] tooLarge = java.util.Arrays.copyOf(limit, limit.length + 1);
        HttpResponse<String> refused =
                upload(token(accountId), sha256(tooLarge), sign(Persona.INDIVIDUAL_SIGN, tooLarge), tooLarge);
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(json(refused).get("error").asText()).isEqualTo("FILE_TOO_LARGE");
        assertThat(json(refused).get("message").asText()).contains("20 MiB");

        byte[] protocol25 = new byte[25_000_000];
        HttpResponse<String> early = upload(token(accountId), sha256(protocol25), new byte[] {0x30}, protocol25);
        assertThat(early.statusCode()).isEqualTo(413);
        assertThat(filesOf(accountId)).hasSize(1);
        try (var incoming = Files.list(settings.filesDirectory().resolve("incoming"))) {
            assertThat(incoming).isEmpty();
        }
    }

    @Test
    void whenHashOrPartsAreMalformed_thenTheMessageNamesTheProblem() throws Exception {
        HttpResponse<String> badHash = check("ABC");
        assertThat(badHash.statusCode()).isEqualTo(400);
        assertThat(json(badHash).get("message").asText()).contains("SHA-256");

        HttpResponse<String> noToken = upload("", sha256(content("x")), new byte[] {1}, null);
        assertThat(noToken.statusCode()).isEqualTo(400);
        assertThat(json(noToken).get("message").asText()).contains("token");

        HttpResponse<String> notMultipart = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/files/upload"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(notMultipart.statusCode()).isEqualTo(400);
        assertThat(json(notMultipart).get("error").asText()).isEqualTo("NOT_MULTIPART");
    }

    /** The bytes the database keeps for {@code sha256}, or null. */
    private byte[] storedContent(String sha256) {
        return db.inTransaction(c -> {
            try (var s = c.prepareStatement("SELECT content FROM procurement_file_content WHERE sha256 = ?")) {
                s.setString(1, sha256);
                try (var r = s.executeQuery()) {
                    return r.next() ? r.getBytes(1) : null;
                }
            }
        });
    }
}

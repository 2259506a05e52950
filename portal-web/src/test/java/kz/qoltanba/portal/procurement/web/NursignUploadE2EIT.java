package kz.qoltanba.portal.procurement.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qoltanba.portal.PortalServices;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.db.TestDatabase;
import kz.qoltanba.portal.e2e.BridgeProcess;
import kz.qoltanba.portal.e2e.BridgeSignatures;
import kz.qoltanba.portal.e2e.Browser;
import kz.qoltanba.portal.e2e.PortalUnderTest;
import kz.qoltanba.portal.procurement.ProcurementKeys;
import kz.qoltanba.portal.procurement.account.PasswordHasher;
import kz.qoltanba.portal.signing.DevCertificates;
import kz.qoltanba.portal.signing.IssuedRequest;
import kz.qoltanba.portal.testutil.TestPki;
import kz.qoltanba.portal.testutil.TestSignatures;
import kz.qoltanba.portal.web.Feature;
import kz.qoltanba.portal.web.WebClient;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.cert.KeyPurpose;
import kz.qoltanba.signing.testutil.Prerequisites;
import kz.qoltanba.signing.token.KeyEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * «Мои файлы» in headless Chromium uploading through the real bridge process with the NURSign module installed
 * from a catalog signed by the development publisher: the module chooses the file (answered through the bridge's
 * control endpoint), signs its digest with USR1's RSA signing key, time-stamps it at the development PKI's TSA and
 * uploads it to the portal's file endpoints. The same file a second time takes the module's "exists" path: the
 * portal already has it, so the upload carries the signature without the file part.
 */
class NursignUploadE2EIT {
    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final String EMAIL = "arman@example.kz";
    private static final String PASSWORD = "Abcdefg1";
    private static final String SIGN_KEY = "usr1_sign_rsa.p12";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final By FILE_ROWS = By.cssSelector("#qs-files tbody tr");

    @TempDir
    static Path root;

    private static PortalDatabase db;
    private static BridgeProcess bridge;
    private static PortalUnderTest portal;
    private static Browser browser;
    private static final List<UploadSeen> uploads = new CopyOnWriteArrayList<>();
    /**
     * The documents of the procurement user's registration and login, which the set-up signs directly with
     * signing-core over HTTP (only the file upload goes through the bridge here), so the bridge never saw them.
     */
    private static final Map<Long, String> signedOverHttp = new ConcurrentHashMap<>();

    /** What reached {@code POST /files/upload}: its declared length (the module streams with a fixed length). */
    record UploadSeen(long contentLength, String contentType) {}

    /** Notes each upload request before the portal's own handler reads it. */
    static final class UploadWatch implements Feature {
        @Override
        public void register(io.javalin.config.RoutesConfig routes, PortalServices services) {
            routes.before(
                    "/files/upload",
                    ctx -> uploads.add(new UploadSeen(ctx.req().getContentLengthLong(), ctx.contentType())));
        }
    }

    @BeforeAll
    static void start() throws Exception {
        BridgeProcess.jar();
        Path moduleJar = moduleJar();
        db = TestDatabase.fresh();
        TestPki pki = TestPki.get();
        // The module signs a SHA-256 digest, so its key is RSA (the fixture's GOST signing key needs Streebog).
        KeyEntry signRsa = DevCertificates.issue(
                pki.pki(),
                KeyAlgorithm.RSA,
                ProcurementKeys.USR1,
                KeyPurpose.SIGN,
                Clock.systemUTC(),
                new SecureRandom());
        Path keysDir = BridgeProcess.writeKeys(
                root.resolve("keys"), Map.of(SIGN_KEY.replace(".p12", ""), signRsa), "Qwerty12");
        int portalPort = PortalUnderTest.freePort();
        String origin = "http://127.0.0.1:" + portalPort;
        Path config = root.resolve("nursign.properties");
        Files.writeString(
                config,
                "allow_addresses=" + escape(origin) + "\n"
                        + "usehttp=Y\n"
                        + "check_exists_url=" + escape(origin + "/files/check_by_hash/") + "\n"
                        + "tsa_url=" + escape(pki.pki().tsaUrl(KeyAlgorithm.RSA).toString()) + "\n",
                StandardCharsets.UTF_8);
        // The module's sign request carries no chain: the bridge offers keys that chain to a trust anchor.
        Path rootPem = root.resolve("rsa-root.pem");
        Files.writeString(
                rootPem,
                "-----BEGIN CERTIFICATE-----\n"
                        + Base64.getMimeEncoder()
                                .encodeToString(pki.pki()
                                        .root(KeyAlgorithm.RSA)
                                        .certificate()
                                        .getEncoded())
                        + "\n-----END CERTIFICATE-----\n",
                StandardCharsets.US_ASCII);
        bridge = BridgeProcess.start(
                root.resolve("bridge-run"),
                keysDir,
                PortalUnderTest.freePort(),
                origin,
                Map.of("NURSIGN_CONFIG", config.toString()),
                List.of(moduleJar),
                List.of("--trust", rootPem.toString()));
        portal = PortalUnderTest.start(
                db,
                Clock.systemUTC(),
                pki,
                PortalUnderTest.options()
                        .env("PORTAL_PORT", Integer.toString(portalPort))
                        .env("PORTAL_BRIDGE_URL", bridge.wssUrl())
                        .features(new UploadWatch())
                        .services(b -> b.with(PasswordHasher.class, PasswordHasher.pbkdf2(1_000))));
        browser = Browser.start(bridge.userHome(), root.resolve("profile"));
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (bridge != null && db != null) {
                BridgeSignatures.assertStoredByTheBridge(db, bridge, signedOverHttp);
            }
        } finally {
            if (browser != null) {
                browser.close();
            }
            if (portal != null) {
                portal.close();
            }
            if (bridge != null) {
                bridge.close();
            }
            if (db != null) {
                db.close();
            }
        }
    }

    @Test
    void aFileUploadedThroughTheModuleIsListedWithAValidSignature_andAgainTakesTheExistsPath() throws Exception {
        WebClient user = registeredActiveUserLoggedIn();
        db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM signed_document");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    signedOverHttp.put(r.getLong(1), "registration and login signed with signing-core in the set-up");
                }
            }
            return null;
        });
        browser.open(portal.url("/procurement"));
        browser.driver()
                .manage()
                .addCookie(new Cookie.Builder("QSESSION", user.cookie("QSESSION"))
                        .path("/")
                        .isHttpOnly(true)
                        .build());
        browser.open(portal.url("/procurement/cabinet/files"));
        browser.waitForText(By.id("qs-files-empty"), "Вы ещё не загружали файлы", WAIT);

        byte[] content = new byte[300 * 1024];
        new SecureRandom().nextBytes(content);
        Path file = Files.write(root.resolve("договор-поставки.pdf"), content);
        String sha256 =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));

        upload(file, 1);
        String table = browser.find(By.id("qs-files")).getText();
        assertThat(table).contains("договор-поставки.pdf", sha256, "Подпись действительна", "НУРЛАНОВ АРМАН");
        browser.screenshot("procurement-nursign-uploaded");
        String serial = storedSerials(sha256).get(0);
        assertThat(lastKeyAnswer().path("key").asText()).isEqualTo(SIGN_KEY);
        assertThat(lastKeyAnswer().path("serialNumber").asText()).isEqualToIgnoringCase(serial);
        assertThat(uploads).hasSize(1);
        assertThat(uploads.get(0).contentLength()).isGreaterThan(content.length);

        upload(file, 2);
        assertThat(browser.find(By.id("qs-files")).getText()).doesNotContain("Подпись недействительна");
        browser.screenshot("procurement-nursign-exists");
        assertThat(storedSerials(sha256))
                .hasSize(2)
                .allSatisfy(s -> assertThat(s).isEqualToIgnoringCase(serial));
        assertThat(storedFiles(sha256)).isEqualTo(1);
        assertThat(uploads).hasSize(2);
        assertThat(uploads.get(1).contentLength())
                .as("the second upload carries no file part")
                .isPositive()
                .isLessThan(content.length);
    }

    /** Clicks the upload button with the file and the key queued in the bridge; waits for {@code rows} rows. */
    private static void upload(Path file, int rows) throws Exception {
        bridge.nextFile(file);
        bridge.nextKey(SIGN_KEY);
        browser.find(By.cssSelector("[data-qs-nursign-file]")).click();
        try {
            new WebDriverWait(browser.driver(), WAIT)
                    .until(d -> d.findElements(FILE_ROWS).size() == rows);
        } catch (TimeoutException e) {
            String message = browser.driver().findElements(By.cssSelector("[data-qs-nursign-message]")).stream()
                    .map(m -> m.getText())
                    .findFirst()
                    .orElse("(no message)");
            browser.screenshot("procurement-nursign-failed");
            throw new AssertionError(
                    "upload " + rows + " did not appear; the page says: " + message + "\nbridge log: " + bridge.log()
                            + "\nbridge output:\n" + bridge.output(),
                    e);
        }
        browser.waitForText(By.id("qs-files"), "Подпись действительна", WAIT);
    }

    /** AS-16 over HTTP (agreement signed with signing-core), the mailed activation link, the password login. */
    private static WebClient registeredActiveUserLoggedIn() throws Exception {
        ProcurementKeys keys = ProcurementKeys.get();
        WebClient web = new WebClient();
        String csrf = csrf(web, "/procurement");
        assertThat(sign(web, csrf, "/procurement/login/challenge", "/procurement/login/certificate", keys.usr1Auth)
                        .path("redirect")
                        .asText())
                .isEqualTo("/procurement/register");
        JsonNode agreement = sign(
                web,
                csrf,
                "/procurement/register/agreement/issue",
                "/procurement/register/agreement/complete",
                keys.usr1Sign);
        assertThat(agreement.path("ok").asBoolean()).as(agreement.toString()).isTrue();
        HttpResponse<String> registered = web.postForm(
                portal.url("/procurement/register"),
                Map.of(
                        "email", EMAIL,
                        "phone", "+7 701 000 0000",
                        "resident", "on",
                        "password", PASSWORD,
                        "confirmation", PASSWORD),
                csrf);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
        String mail = db.inTransaction(c -> portal.services().mailer().mailbox(c, EMAIL))
                .get(0)
                .body();
        Matcher link = Pattern.compile("https?://[^/\\s]+(/procurement/activate\\?token=[A-Za-z0-9_-]+)")
                .matcher(mail);
        assertThat(link.find()).as(mail).isTrue();
        new WebClient().get(portal.url(link.group(1)));

        WebClient user = new WebClient();
        String loginCsrf = csrf(user, "/procurement");
        assertThat(sign(
                                user,
                                loginCsrf,
                                "/procurement/login/challenge",
                                "/procurement/login/certificate",
                                keys.usr1Auth)
                        .path("redirect")
                        .asText())
                .isEqualTo("/procurement/login/password");
        HttpResponse<String> page = user.get(portal.url("/procurement/login/password"));
        HttpResponse<String> answer = user.postForm(
                portal.url("/procurement/login/password"), Map.of("password", PASSWORD), WebClient.csrfOf(page));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        assertThat(user.cookie("QSESSION")).isNotBlank();
        return user;
    }

    private static String csrf(WebClient web, String path) throws Exception {
        HttpResponse<String> page = web.get(portal.url(path));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return WebClient.csrfOf(page);
    }

    /** The page's signing step: POST issue, sign with signing-core, POST complete; the JSON answer. */
    private static JsonNode sign(WebClient web, String csrf, String issuePath, String completePath, KeyEntry key)
            throws Exception {
        HttpResponse<String> issued = web.postJson(portal.url(issuePath), "{}", csrf);
        assertThat(issued.statusCode()).as(issuePath + ": " + issued.body()).isEqualTo(200);
        JsonNode request = JSON.readTree(issued.body());
        IssuedRequest parsed = new IssuedRequest(
                UUID.fromString(request.get("id").asText()),
                request.get("format").asText(),
                request.get("data").asText(),
                Instant.parse(request.get("expiresAt").asText()));
        String body = JSON.writeValueAsString(
                Map.of("requestId", parsed.id().toString(), "signed", TestSignatures.sign(parsed, key)));
        return JSON.readTree(web.postJson(portal.url(completePath), body, csrf).body());
    }

    private static JsonNode lastKeyAnswer() throws Exception {
        JsonNode log = bridge.log();
        for (int i = log.size() - 1; i >= 0; i--) {
            if ("key".equals(log.get(i).path("question").asText())) {
                return log.get(i);
            }
        }
        throw new AssertionError("no key choice in the bridge's unattended log: " + log);
    }

    private static List<String> storedSerials(String sha256) {
        return db.inTransaction(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("SELECT s.certificate_serial FROM procurement_file_signature s"
                            + " JOIN procurement_file f ON f.id = s.file_id WHERE f.sha256 = ? AND s.indication = 'TOTAL_PASSED'"
                            + " ORDER BY s.id")) {
                s.setString(1, sha256);
                try (ResultSet r = s.executeQuery()) {
                    List<String> serials = new java.util.ArrayList<>();
                    while (r.next()) {
                        serials.add(r.getString(1));
                    }
                    return serials;
                }
            }
        });
    }

    private static long storedFiles(String sha256) {
        return db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM procurement_file WHERE sha256 = ?")) {
                s.setString(1, sha256);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }

    /** The NURSign bundle jar (failsafe's {@code qoltanba.nursign.jar}); skips locally, fails under CI, if absent. */
    private static Path moduleJar() {
        String property = System.getProperty("qoltanba.nursign.jar", "");
        Path jar = Path.of(property.isBlank() ? "../bundles/nursign/target/nursign-0.1.0-SNAPSHOT.jar" : property);
        Prerequisites.require(
                Files.isRegularFile(jar),
                "the NURSign bundle jar " + jar + " (build it: mvn -pl bundles/nursign package)");
        return jar;
    }

    /** A properties value with its colons escaped, as the module's manual writes URLs. */
    private static String escape(String value) {
        return value.replace(":", "\\:");
    }
}

package kz.qoltanba.bridge.js;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import kz.qoltanba.bridge.config.BridgeConfig;
import kz.qoltanba.bridge.config.UnattendedKeys;
import kz.qoltanba.bridge.origin.ConsentPrompt;
import kz.qoltanba.bridge.origin.Origin;
import kz.qoltanba.bridge.runtime.RunningBridge;
import kz.qoltanba.bridge.signing.SigningTestKeys;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.devpki.DevPkiServer;
import kz.qoltanba.signing.devpki.Persona;
import kz.qoltanba.signing.testutil.HeadlessChromium;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The whole stand: a development PKI with its TSA over HTTP, the bridge in unattended mode with three RSA key files
 * ({@code head.p12}: a legal entity's head, signing, the default for signing requests as the first by name;
 * {@code person-auth.p12}: an individual's authentication key; {@code person-sign.p12}: the same individual's
 * signing key, used only when asked for on the control endpoint), the page origin allowed, and headless Chromium
 * on that page with the published client loaded.
 */
final class BrowserBridge implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    private static final String CALL_SCRIPT = """
            const done = arguments[arguments.length - 1];
            const method = arguments[0];
            const params = JSON.parse(arguments[1]).map(
                (p) => (typeof p === 'string' && p.startsWith('!!')) ? NCALayerClient[p.substring(2)] : p);
            (async () => {
              try {
                if (!window.bridgeClient) {
                  window.bridgeClient = new NCALayerClient(arguments[2], false);
                  window.bridgeVersion = await window.bridgeClient.connect();
                }
                const value = method === 'connect' ? window.bridgeVersion
                    : await window.bridgeClient[method](...params);
                done({ ok: true, value: JSON.stringify(value === undefined ? null : value) });
              } catch (e) {
                done({ ok: false, error: String(e), canceled: !!(e && e.canceledByUser) });
              }
            })();
            """;

    private static final String RAW_SCRIPT = """
            const done = arguments[arguments.length - 1];
            const request = arguments[0];
            const url = arguments[1];
            (async () => {
              try {
                if (!window.rawSocket) {
                  window.rawSocket = await new Promise((resolve, reject) => {
                    const ws = new WebSocket(url);
                    ws.onmessage = () => resolve(ws);
                    ws.onerror = () => reject(new Error('socket failed'));
                  });
                }
                const answer = await new Promise((resolve, reject) => {
                  window.rawSocket.onmessage = (m) => resolve(m.data);
                  window.rawSocket.onclose = () => reject(new Error('socket closed'));
                  window.rawSocket.send(request);
                });
                done({ ok: true, value: answer });
              } catch (e) {
                done({ ok: false, error: String(e) });
              }
            })();
            """;

    final SigningTestKeys keys;
    private final DevPkiServer pki;
    private final TestPage page;
    private final RunningBridge bridge;
    private final ChromeDriver driver;
    private final HttpClient control;

    private BrowserBridge(
            SigningTestKeys keys, DevPkiServer pki, TestPage page, RunningBridge bridge, ChromeDriver driver)
            throws Exception {
        this.keys = keys;
        this.pki = pki;
        this.page = page;
        this.bridge = bridge;
        this.driver = driver;
        this.control = HttpClient.newBuilder()
                .sslContext(trustingContext())
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    static BrowserBridge start(Path folder) throws Exception {
        for (String program : List.of("npm", JsTools.CHROMIUM, JsTools.CHROMEDRIVER, "openssl", "xmlsec1")) {
            JsTools.require(program);
        }
        Path client = JsTools.installClient();
        DevPkiServer pki = DevPkiServer.start(0, Clock.systemUTC(), new SecureRandom(), Set.of(KeyAlgorithm.RSA));
        TestPage page = null;
        RunningBridge bridge = null;
        try {
            SigningTestKeys keys = SigningTestKeys.export(pki.pki(), folder.resolve("pki"), KeyAlgorithm.RSA);
            Path home = folder.resolve("home");
            Path keysDir = folder.resolve("keys");
            keys.install(Persona.LEGAL_HEAD, keysDir, "head.p12");
            keys.install(Persona.INDIVIDUAL_AUTH, keysDir, "person-auth.p12");
            keys.install(Persona.INDIVIDUAL_SIGN, keysDir, "person-sign.p12");
            keys.trustRootIn(home);
            page = TestPage.serve(client.resolve("ncalayer-client.js"));
            BridgeConfig config = new BridgeConfig(
                    home,
                    0,
                    Set.of(Origin.parse(page.origin()).orElseThrow()),
                    List.of("gov.kz"),
                    false,
                    1 << 24,
                    32,
                    5,
                    pki.pki().tsaUrl(KeyAlgorithm.RSA),
                    List.of(),
                    Optional.of(new UnattendedKeys(null, null, keysDir)));
            bridge = RunningBridge.start(config, ConsentPrompt.denyAll(), Clock.systemUTC());
            ChromeDriver driver = chrome(folder.resolve("chromium-profile"));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
            driver.get(page.origin() + "/");
            return new BrowserBridge(keys, pki, page, bridge, driver);
        } catch (Exception | Error e) {
            if (bridge != null) {
                bridge.close();
            }
            if (page != null) {
                page.close();
            }
            pki.close();
            throw e;
        }
    }

    private static ChromeDriver chrome(Path profile) throws IOException {
        Files.createDirectories(profile);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(JsTools.CHROMIUM);
        options.addArguments(HeadlessChromium.FLAGS);
        options.addArguments(
                // the bridge's self-signed certificate; real trust is proven by the TLS tests
                "--ignore-certificate-errors", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(JsTools.CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** {@code wss://127.0.0.1:PORT}. */
    String bridgeUrl() {
        return "wss://127.0.0.1:" + bridge.port();
    }

    /** What a client method resolved to (JSON), or the error it rejected with. */
    record Call(boolean ok, JsonNode value, String error, boolean canceled) {}

    /** Calls {@code NCALayerClient.<method>(...params)} in the page; {@code !!name} stands for a static getter. */
    Call call(String method, Object... params) throws IOException {
        Object raw = ((JavascriptExecutor) driver)
                .executeAsyncScript(CALL_SCRIPT, method, JSON.writeValueAsString(params), bridgeUrl());
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) raw;
        if (Boolean.TRUE.equals(result.get("ok"))) {
            return new Call(true, JSON.readTree((String) result.get("value")), null, false);
        }
        return new Call(false, null, (String) result.get("error"), Boolean.TRUE.equals(result.get("canceled")));
    }

    /** Sends one request frame over the page's own socket and returns the answer frame. */
    String exchange(String request) {
        Object raw = ((JavascriptExecutor) driver).executeAsyncScript(RAW_SCRIPT, request, bridgeUrl());
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) raw;
        if (!Boolean.TRUE.equals(result.get("ok"))) {
            throw new IllegalStateException("the page's socket failed: " + result.get("error"));
        }
        return (String) result.get("value");
    }

    /** Queues an answer on the unattended control endpoint, e.g. {@code {"answer":"cancel"}}. */
    void queue(String answerJson) throws IOException, InterruptedException {
        HttpResponse<String> response = control.send(
                HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + bridge.port() + "/unattended/next"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(answerJson))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("control endpoint answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** What the unattended control endpoint answered so far ({@code GET /unattended/log}), oldest first. */
    JsonNode unattendedLog() throws IOException, InterruptedException {
        HttpResponse<String> response = control.send(
                HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + bridge.port() + "/unattended/log"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("the unattended log answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    X509Certificate root() {
        return keys.root();
    }

    X509Certificate intermediate() {
        return keys.pki.intermediate(KeyAlgorithm.RSA).certificate();
    }

    /** Writes a certificate as PEM. */
    static Path pem(X509Certificate certificate, Path file) throws Exception {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .encodeToString(certificate.getEncoded());
        Files.writeString(file, "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n");
        return file;
    }

    private static SSLContext trustingContext() throws Exception {
        // the control endpoint is on the bridge's self-signed loopback certificate
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
        return context;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try {
                bridge.close();
            } finally {
                page.close();
                pki.close();
            }
        }
    }
}

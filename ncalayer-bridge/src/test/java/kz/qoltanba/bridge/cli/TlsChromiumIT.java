package kz.qoltanba.bridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import kz.qoltanba.bridge.runtime.RunningBridge;
import kz.qoltanba.bridge.tls.TlsTools;
import kz.qoltanba.signing.testutil.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real proof of local trust: headless Chromium, with HOME pointing at a fresh folder and without
 * {@code --ignore-certificate-errors}, cannot open the running bridge's status page before {@code tls init}, can
 * after it (the same running bridge, no restart), and cannot again after {@code tls remove}.
 */
class TlsChromiumIT {
    private static final String STATUS_TEXT = "Qoltanba bridge is running";

    @TempDir
    Path root;

    @Test
    void whenTlsInitRunsWhileServing_thenChromiumTrustsTheBridgeWithoutRestart_andNotAfterRemove() throws Exception {
        Path chromium = TlsTools.require("chromium", "apt install chromium");
        TlsTools.require("certutil", "apt install libnss3-tools");
        Path userHome = Files.createDirectories(root.resolve("home"));
        Path bridgeHome = root.resolve("bridge");
        Map<String, String> env = Map.of("HOME", userHome.toString());
        Properties system = new Properties();
        system.setProperty("os.name", "Linux");
        system.setProperty("user.home", userHome.toString());

        CompletableFuture<RunningBridge> started = new CompletableFuture<>();
        StringWriter serveErr = new StringWriter();
        Thread serve = new Thread(() -> Main.run(
                new String[] {"serve", "--home", bridgeHome.toString(), "--port", "0"},
                env,
                system,
                started::complete,
                new PrintWriter(new StringWriter(), true),
                new PrintWriter(serveErr, true)));
        serve.start();
        RunningBridge bridge = started.get(60, TimeUnit.SECONDS);
        try {
            String url = "https://127.0.0.1:" + bridge.port() + "/";
            BrowserRun before = dumpDom(chromium, userHome, "before", url);
            assertThat(before.dom()).doesNotContain(STATUS_TEXT);
            assertThat(before.log()).contains("ERR_CERT_AUTHORITY_INVALID");

            StringWriter out = new StringWriter();
            int code = Main.run(
                    new String[] {"tls", "init", "--home", bridgeHome.toString()},
                    env,
                    system,
                    b -> {},
                    new PrintWriter(out, true),
                    new PrintWriter(new StringWriter(), true));
            assertThat(code).as(out.toString()).isZero();
            assertThat(out.toString()).contains("Chromium/Chrome  trusted");
            assertThat(userHome.resolve(".local/share/pki/nssdb/cert9.db")).exists();
            X509Certificate authority = readCertificate(bridgeHome.resolve("tls/local-ca.pem"));
            awaitServedBy(bridge.port(), authority);

            BrowserRun after = dumpDom(chromium, userHome, "after", url);
            assertThat(after.dom()).contains(STATUS_TEXT).contains("issued by this installation");

            code = Main.run(
                    new String[] {"tls", "remove", "--home", bridgeHome.toString()},
                    env,
                    system,
                    b -> {},
                    new PrintWriter(out, true),
                    new PrintWriter(new StringWriter(), true));
            assertThat(code).isZero();
            Thread.sleep(2500);
            BrowserRun removed = dumpDom(chromium, userHome, "removed", url);
            assertThat(removed.dom()).doesNotContain(STATUS_TEXT);
        } finally {
            bridge.close();
            serve.join(30_000);
        }
    }

    private record BrowserRun(String dom, String log) {}

    private BrowserRun dumpDom(Path chromium, Path userHome, String name, String url) throws Exception {
        Path log = root.resolve("chromium-" + name + ".log");
        List<String> command = new ArrayList<>();
        command.add(chromium.toString());
        command.addAll(HeadlessChromium.FLAGS);
        command.addAll(List.of("--user-data-dir=" + root.resolve("profile-" + name), "--dump-dom", url));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectError(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().put("HOME", userHome.toString());
        builder.environment().remove("XDG_DATA_HOME");
        Process process = builder.start();
        String dom;
        try (InputStream in = process.getInputStream()) {
            dom = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return new BrowserRun(dom, Files.readString(log, StandardCharsets.UTF_8));
    }

    private static X509Certificate readCertificate(Path pem) throws Exception {
        try (InputStream in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    /** Waits until a TLS client that trusts only the local CA completes a handshake with the running bridge. */
    private static void awaitServedBy(int port, X509Certificate authority) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", authority);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (true) {
            try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", port)) {
                socket.startHandshake();
                return;
            } catch (javax.net.ssl.SSLException notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw notYet;
                }
                Thread.sleep(200);
            }
        }
    }
}

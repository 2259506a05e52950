package kz.qoltanba.bridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import kz.qoltanba.bridge.runtime.RunningBridge;
import kz.qoltanba.bridge.signing.SigningTestKeys;
import kz.qoltanba.bridge.testutil.StderrLog;
import kz.qoltanba.bridge.tls.LocalTrust;
import kz.qoltanba.bridge.tls.ServerCertificateStore;
import kz.qoltanba.bridge.tls.TlsTools;
import kz.qoltanba.bridge.tls.TrustReport;
import kz.qoltanba.bridge.unattended.WireClient;
import kz.qoltanba.bridge.unattended.WireSocket;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.devpki.Persona;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandIT {
    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Map<String, String> env, Consumer<RunningBridge> onStarted, String... args) {
        Properties system = new Properties();
        system.setProperty("os.name", "Linux");
        system.setProperty("user.home", home.toString());
        return Main.run(args, env, system, onStarted, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private int run(String... args) {
        return run(
                Map.of(),
                bridge -> {
                    throw new AssertionError("must not start");
                },
                args);
    }

    @Test
    void whenServeHelpIsAsked_thenExit0AndEveryOptionIsListed() {
        assertThat(run("serve", "--help")).isZero();
        assertThat(out.toString())
                .contains(
                        "--home",
                        "--port",
                        "--allowed-origin",
                        "--tsa-url",
                        "--trust",
                        "--unattended",
                        "--keystore",
                        "--password-env",
                        "--keys-dir");
    }

    @Test
    void whenNoCommandOrUnknownOption_thenUsageExit2() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("serve", "--no-such-option")).isEqualTo(2);
        assertThat(run("serve", "--port", "notanumber")).isEqualTo(2);
    }

    @Test
    void whenConfigurationValueIsBad_thenExit2NamingTheKey() {
        int code = run(Map.of("QOLTANBA_MAX_FRAME_BYTES", "tiny"), bridge -> {}, "serve", "--home", home.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("'max.frame.bytes'").contains("QOLTANBA_MAX_FRAME_BYTES");
    }

    @Test
    void whenKeystoreIsGivenWithoutUnattended_thenExit2() throws Exception {
        Path keystore = Files.writeString(home.resolve("k.p12"), "x");

        int code = run(
                Map.of("PW", "x"),
                bridge -> {},
                "serve",
                "--home",
                home.toString(),
                "--keystore",
                keystore.toString(),
                "--password-env",
                "PW");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--unattended");
    }

    @Test
    void whenPortIsBusy_thenExit3SayingSo() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = busy.getLocalPort();

            int code = run(Map.of(), bridge -> {}, "serve", "--home", home.toString(), "--port", String.valueOf(port));

            assertThat(code).isEqualTo(3);
            assertThat(err.toString()).contains("Port " + port).contains("already in use");
            assertThat(home.resolve("logs/bridge.log"))
                    .as("a desktop start also finds why it stopped in the log file")
                    .content(StandardCharsets.UTF_8)
                    .contains("Port " + port)
                    .contains("already in use");
        }
    }

    @Test
    void whenSecondBridgeUsesTheSameHome_thenExit3WithoutTouchingTheFirst() {
        AtomicInteger secondCode = new AtomicInteger(-1);
        StringWriter secondErr = new StringWriter();
        Properties system = new Properties();
        system.setProperty("os.name", "Linux");

        int code = run(
                Map.of(),
                first -> {
                    secondCode.set(Main.run(
                            new String[] {"serve", "--home", home.toString(), "--port", "0"},
                            Map.of(),
                            system,
                            second -> second.close(),
                            new PrintWriter(new StringWriter(), true),
                            new PrintWriter(secondErr, true)));
                    assertThat(first.moduleHost().bundles()).containsOnlyKeys("kz.qoltanba.bridge.builtin");
                    first.close();
                },
                "serve",
                "--home",
                home.toString(),
                "--port",
                "0");

        assertThat(code).isZero();
        assertThat(secondCode.get()).isEqualTo(3);
        assertThat(secondErr.toString())
                .contains("Another bridge is already running")
                .contains(home.toString());
    }

    @Test
    void whenServeStarts_thenItListensCreatesItsHomeAndReturns0WhenStopped() {
        AtomicInteger port = new AtomicInteger();

        int code = run(
                Map.of(),
                bridge -> {
                    port.set(bridge.port());
                    bridge.close();
                },
                "serve",
                "--home",
                home.toString(),
                "--port",
                "0",
                "--allowed-origin",
                "http://127.0.0.1:8080");

        assertThat(code).isZero();
        assertThat(port.get()).isPositive();
        assertThat(home.resolve("tls/server.p12")).isRegularFile();
        assertThat(home.resolve("felix-cache")).isDirectory();
    }

    @Test
    void whenUnattendedWithKeysDir_thenServeStartsAndWarnsInTheLog(@TempDir Path keys) throws Exception {
        AtomicInteger port = new AtomicInteger();

        String log = StderrLog.of(() -> {
            int code = run(
                    Map.of(),
                    bridge -> {
                        port.set(bridge.port());
                        bridge.close();
                    },
                    "serve",
                    "--home",
                    home.toString(),
                    "--port",
                    "0",
                    "--unattended",
                    "--keys-dir",
                    keys.toString());
            assertThat(code).isZero();
        });

        assertThat(port.get()).isPositive();
        assertThat(log).contains("WARN").contains("UNATTENDED MODE");
        assertThat(home.resolve("logs/bridge.log"))
                .as("a start without a terminal keeps the warning in the log file")
                .content(StandardCharsets.UTF_8)
                .contains("WARN")
                .contains("UNATTENDED MODE");
    }

    @Test
    void whenUnattendedSignsTwice_thenTheLogWarnsOnEachSignatureNamingTheOriginAndTheSerial(@TempDir Path pki)
            throws Throwable {
        SigningTestKeys keys = SigningTestKeys.generate(pki, KeyAlgorithm.RSA);
        Path keysDir = keys.install(Persona.INDIVIDUAL_SIGN, pki.resolve("keys"), "signer.p12")
                .getParent();
        keys.trustRootIn(home);
        X509Certificate served = new ServerCertificateStore(home.resolve("tls"), Clock.systemUTC(), new SecureRandom())
                .loadOrCreate()
                .certificate();
        String sign = "{\"module\":\"kz.gov.pki.knca.commonUtils\",\"method\":\"createCAdESFromBase64\","
                + "\"args\":[\"PKCS12\",\"SIGNATURE\",\"ZGF0YQ==\",true]}";
        AtomicReference<Throwable> failure = new AtomicReference<>();

        int code = run(
                Map.of(),
                bridge -> {
                    try (WireClient client = new WireClient(served, bridge.port())) {
                        WireSocket socket = client.connect();
                        for (int i = 0; i < 2; i++) {
                            JsonNode answer = WireClient.call(socket, sign);
                            assertThat(answer.path("code").asText())
                                    .as(answer.toString())
                                    .isEqualTo("200");
                        }
                    } catch (Throwable e) {
                        failure.set(e);
                    } finally {
                        bridge.close();
                    }
                },
                "serve",
                "--home",
                home.toString(),
                "--port",
                "0",
                "--allowed-origin",
                WireClient.ORIGIN,
                "--unattended",
                "--keys-dir",
                keysDir.toString());

        if (failure.get() != null) {
            throw failure.get();
        }
        assertThat(code).isZero();
        String warning = "UNATTENDED MODE: signing 1 document(s) for " + WireClient.ORIGIN + " with certificate "
                + keys.serial(Persona.INDIVIDUAL_SIGN) + " without asking anyone";
        assertThat(Files.readAllLines(home.resolve("logs/bridge.log"), StandardCharsets.UTF_8))
                .filteredOn(line -> line.contains("UNATTENDED MODE: signing"))
                .hasSize(2)
                .allSatisfy(line -> assertThat(line).contains("WARN").contains(warning));
    }

    @Test
    void whenTheLocalCaServerCertificateEndsWithin30Days_thenServeRenewsItAndTheBrowsersTrustTheNewCa()
            throws Throwable {
        TlsTools.require("certutil", "apt install libnss3-tools");
        Path bridgeHome = home.resolve("bridge");
        Path tls = bridgeHome.resolve("tls");
        Clock longAgo = Clock.fixed(Instant.now().minus(Duration.ofDays(340)), ZoneOffset.UTC);
        TrustReport before = LocalTrust.forUser(tls, home, Map.of(), longAgo, new SecureRandom())
                .init();
        X509Certificate expiring = before.serverCertificate();
        assertThat(expiring.getNotAfter().toInstant())
                .isBefore(Instant.now().plus(LocalTrust.RENEW_BEFORE))
                .isAfter(Instant.now());
        AtomicReference<TrustReport> after = new AtomicReference<>();
        AtomicReference<X509Certificate> served = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();

        int code = run(
                Map.of(),
                bridge -> {
                    try {
                        after.set(LocalTrust.forUser(tls, home, Map.of(), Clock.systemUTC(), new SecureRandom())
                                .status());
                        served.set(servedCertificate(
                                bridge.port(), after.get().authority().orElseThrow()));
                    } catch (Throwable e) {
                        failure.set(e);
                    } finally {
                        bridge.close();
                    }
                },
                "serve",
                "--home",
                bridgeHome.toString(),
                "--port",
                "0");

        if (failure.get() != null) {
            throw failure.get();
        }
        assertThat(code).isZero();
        X509Certificate newAuthority = after.get().authority().orElseThrow();
        assertThat(newAuthority).isNotEqualTo(before.authority().orElseThrow());
        assertThat(served.get().getNotAfter()).isAfter(expiring.getNotAfter());
        served.get().verify(newAuthority.getPublicKey());
        assertThat(after.get().fullyTrusted())
                .as("every browser database trusts the new CA: %s", after.get().databases())
                .isTrue();
        assertThat(after.get().databases())
                .as("the old CA left the databases")
                .allSatisfy(database -> assertThat(database.staleAuthorities()).isEmpty());
    }

    /** The certificate the bridge presents in a TLS handshake trusting only {@code authority}. */
    private static X509Certificate servedCertificate(int port, X509Certificate authority) throws Exception {
        KeyStore anchors = KeyStore.getInstance("PKCS12");
        anchors.load(null, null);
        anchors.setCertificateEntry("local-ca", authority);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(anchors);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), new SecureRandom());
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", port)) {
            socket.startHandshake();
            return (X509Certificate) socket.getSession().getPeerCertificates()[0];
        }
    }

    @Test
    void whenNotUnattended_thenNoUnattendedWarning() throws Exception {
        String log = StderrLog.of(
                () -> run(Map.of(), RunningBridge::close, "serve", "--home", home.toString(), "--port", "0"));

        assertThat(log).contains("Listening on").doesNotContain("UNATTENDED MODE");
    }
}

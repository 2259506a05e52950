package kz.qoltanba.bridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import kz.qoltanba.bridge.catalog.Catalog;
import kz.qoltanba.bridge.catalog.CatalogFixtures;
import kz.qoltanba.bridge.catalog.CatalogSigning;
import kz.qoltanba.bridge.runtime.RunningBridge;
import kz.qoltanba.bridge.tls.TlsTools;
import kz.qoltanba.signing.token.KeyEntry;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DoctorCommandIT {
    @TempDir
    Path root;

    private Path userHome;
    private Path bridgeHome;
    private Map<String, String> env;
    private Properties system;
    private final StringWriter out = new StringWriter();

    @BeforeEach
    void setUp() throws Exception {
        userHome = Files.createDirectories(root.resolve("home"));
        bridgeHome = Files.createDirectories(root.resolve("bridge"));
        env = Map.of("HOME", userHome.toString());
        system = new Properties();
        system.setProperty("os.name", "Linux");
        system.setProperty("user.home", userHome.toString());
    }

    private int run(String... args) {
        return Main.run(args, env, system, b -> {}, new PrintWriter(out, true), new PrintWriter(out, true));
    }

    private int doctor() {
        return run("doctor", "--home", bridgeHome.toString());
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private void usePort(int port) throws Exception {
        Files.writeString(bridgeHome.resolve("bridge.properties"), "port=" + port + "\n");
    }

    @Test
    void whenHomeIsFreshAndNothingRuns_thenEachProblemIsASentenceAndExitIs1() throws Exception {
        int port = freePort();
        usePort(port);

        assertThat(doctor()).isEqualTo(1);

        assertThat(out.toString())
                .contains("OK   configuration: valid")
                .contains("FIX  port: nothing listens on 127.0.0.1:" + port + "; start the bridge with")
                .contains("FIX  tls: there is no server certificate yet; run 'qoltanba-bridge tls init'.")
                .contains("FIX  catalog: no module catalog at " + bridgeHome.resolve("ncalayer.der"))
                .contains("OK   modules: no drop-in modules")
                .contains("FIX  trust anchors: none configured")
                .contains("Some checks need attention");
        assertThat(bridgeHome.resolve("tls")).doesNotExist();
    }

    @Test
    void whenThereIsNoCatalog_thenDoctorNamesTheRealWaysToGetOne() throws Exception {
        usePort(freePort());

        doctor();

        assertThat(out.toString())
                .contains("only built-in modules can be used. To get one, set catalog.url=URL in "
                        + bridgeHome.resolve("bridge.properties"))
                .contains("run 'qoltanba-bridge modules update --catalog-url URL', or place the signed catalog file "
                        + "there by hand.")
                .doesNotContain("Let the bridge download it");
    }

    @Test
    void whenThereIsNoCatalogButCatalogUrlIsSet_thenDoctorSaysWhereAndWhenTheBridgeFetchesIt() throws Exception {
        Files.writeString(
                bridgeHome.resolve("bridge.properties"),
                "port=" + freePort() + "\ncatalog.url=https://modules.example.kz/ncalayer.der\n");

        doctor();

        assertThat(out.toString())
                .contains("FIX  catalog: no module catalog at " + bridgeHome.resolve("ncalayer.der"))
                .contains("The bridge fetches it from catalog.url (https://modules.example.kz/ncalayer.der) on "
                        + "\"Download updates\" in the module manager or when a page installs a module; or run "
                        + "'qoltanba-bridge modules update' now.");
    }

    @Test
    void whenCatalogUrlIsBad_thenDoctorNamesTheKey() throws Exception {
        Files.writeString(
                bridgeHome.resolve("bridge.properties"), "catalog.url=http://modules.example.kz/ncalayer.der\n");

        assertThat(doctor()).isEqualTo(1);

        assertThat(out.toString())
                .contains(
                        "FIX  configuration: Configuration key 'catalog.url' = 'http://modules.example.kz/ncalayer.der'")
                .contains("must be an https URL");
    }

    @Test
    void whenConfigurationIsBad_thenItIsNamedAndTheOtherChecksStillRun() throws Exception {
        Files.writeString(bridgeHome.resolve("bridge.properties"), "port=abc\n");

        assertThat(doctor()).isEqualTo(1);

        assertThat(out.toString())
                .contains("FIX  configuration: Configuration key 'port' = 'abc'")
                .contains("catalog:")
                .contains("trust anchors:");
    }

    @Test
    void whenAnotherProgramHoldsThePort_thenDoctorSaysSo() throws Exception {
        try (ServerSocket squatter = new ServerSocket(0, 5, InetAddress.getByName("127.0.0.1"))) {
            Thread answer = new Thread(() -> {
                try (var socket = squatter.accept();
                        OutputStream o = socket.getOutputStream()) {
                    o.write("HTTP/1.0 200 OK\r\n\r\nhello".getBytes(StandardCharsets.US_ASCII));
                } catch (Exception ignored) {
                    // the probe may close first
                }
            });
            answer.setDaemon(true);
            answer.start();
            usePort(squatter.getLocalPort());

            doctor();
        }
        assertThat(out.toString()).contains("is used by another program (NCALayer?)");
    }

    @Test
    void whenBridgeRunsTrustedWithAnchorsCatalogAndBundle_thenEveryLineIsOkAndExit0() throws Exception {
        TlsTools.require("certutil", "apt install libnss3-tools");
        int port = freePort();
        usePort(port);
        assertThat(run("tls", "init", "--home", bridgeHome.toString())).isZero();
        Files.createDirectories(bridgeHome.resolve("trust"));
        Files.copy(bridgeHome.resolve("tls/local-ca.pem"), bridgeHome.resolve("trust/root.pem"));

        CompletableFuture<RunningBridge> started = new CompletableFuture<>();
        Thread serve = new Thread(() -> Main.run(
                new String[] {"serve", "--home", bridgeHome.toString()},
                env,
                system,
                started::complete,
                new PrintWriter(new StringWriter(), true),
                new PrintWriter(new StringWriter(), true)));
        serve.start();
        RunningBridge bridge = started.get(60, TimeUnit.SECONDS);
        try {
            // placed after the start, which would install a listed drop-in and take it out of bundles/
            Path site = writeJar(root.resolve("site/demo.jar"), "kz.example.demo;singleton:=true");
            writeTrustedCatalog(site.getParent());
            Files.createDirectories(bridgeHome.resolve("bundles"));
            Files.copy(site, bridgeHome.resolve("bundles/demo.jar"));
            out.getBuffer().setLength(0);
            int code = doctor();
            assertThat(code).as(out.toString()).isZero();
            assertThat(out.toString())
                    .contains("OK   port: a Qoltanba bridge is running on 127.0.0.1:" + port)
                    .contains("OK   tls: server certificate from this installation's local CA")
                    .contains("OK   trust Chromium/Chrome: " + userHome.resolve(".local/share/pki/nssdb"))
                    .contains("OK   catalog: " + bridgeHome.resolve("ncalayer.der")
                            + " is signed by a trusted publisher: 1 module(s)")
                    .contains("OK   modules: demo.jar: kz.example.demo 1.2.3. Listed in the catalog (1.2.3, SHA-256 "
                            + "matches).")
                    .contains("OK   trust anchors: root.pem: O=Qoltanba bridge,CN=Qoltanba local CA")
                    .contains("Everything is in order.")
                    .doesNotContain("FIX");
        } finally {
            bridge.close();
            serve.join(30_000);
        }
    }

    @Test
    void whenSelfSignedOrBrokenFilesArePresent_thenEachGetsAFixSentence() throws Exception {
        TlsTools.require("certutil", "apt install libnss3-tools");
        assertThat(run("tls", "init", "--home", bridgeHome.toString())).isZero();
        assertThat(run("tls", "remove", "--home", bridgeHome.toString())).isZero();
        // tls remove deletes the Chromium database it created; a browser's own database stays and must be flagged.
        Path chromium = Files.createDirectories(userHome.resolve(".local/share/pki/nssdb"));
        Process create = new ProcessBuilder("certutil", "-N", "-d", "sql:" + chromium, "--empty-password")
                .redirectErrorStream(true)
                .start();
        create.getInputStream().readAllBytes();
        assertThat(create.waitFor()).isZero();
        Files.createDirectories(bridgeHome.resolve("trust"));
        Files.writeString(bridgeHome.resolve("trust/garbage.pem"), "not a certificate");
        Files.writeString(bridgeHome.resolve("trust/old.pem"), expiredCertificatePem());
        Files.createDirectories(bridgeHome.resolve("bundles"));
        Files.writeString(bridgeHome.resolve("bundles/broken.jar"), "not a jar");
        writeJar(bridgeHome.resolve("bundles/plain.jar"), null);
        out.getBuffer().setLength(0);

        assertThat(doctor()).isEqualTo(1);

        assertThat(out.toString())
                .contains("FIX  tls: the server certificate is self-signed, so browsers refuse it; run "
                        + "'qoltanba-bridge tls init'")
                .contains("FIX  trust Chromium/Chrome: " + userHome.resolve(".local/share/pki/nssdb")
                        + " does not trust the bridge")
                .contains("garbage.pem is not a readable certificate")
                .contains("(CN=Old Root) expired on 2020-01-01T00:00:00Z")
                .contains("broken.jar cannot be read as a jar")
                .contains("plain.jar is not an OSGi bundle");
    }

    @Test
    void whenCatalogIsGarbage_thenDoctorSaysItIsNotAcceptedAndHowToFixIt() throws Exception {
        Files.write(bridgeHome.resolve("ncalayer.der"), new byte[] {0x30, 0x00});
        writeJar(bridgeHome.resolve("bundles/demo.jar"), "kz.example.demo");

        assertThat(doctor()).isEqualTo(1);

        assertThat(out.toString())
                .contains("FIX  catalog: " + bridgeHome.resolve("ncalayer.der") + " is not accepted (")
                .contains("delete it and run 'qoltanba-bridge modules update --catalog-url URL'")
                .contains(bridgeHome.resolve("trust/publishers").toString())
                .contains("FIX  modules: " + bridgeHome.resolve("bundles/demo.jar")
                        + " cannot be checked without a valid catalog")
                .doesNotContain("OK   catalog");
    }

    @Test
    void whenCatalogWasAlteredAfterSigning_thenDoctorRefusesIt() throws Exception {
        Path site = writeJar(root.resolve("site/demo.jar"), "kz.example.demo");
        byte[] signed = writeTrustedCatalog(site.getParent());
        byte[] version = "1.2.3".getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(signed, version);
        assertThat(at).as("the catalog carries its JSON").isPositive();
        signed[at + 4] = '4';
        Files.write(bridgeHome.resolve("ncalayer.der"), signed);

        assertThat(doctor()).isEqualTo(1);

        assertThat(out.toString())
                .contains("FIX  catalog: " + bridgeHome.resolve("ncalayer.der") + " is not accepted (The catalog's "
                        + "signature is not accepted")
                .doesNotContain("OK   catalog");
    }

    @Test
    void whenCatalogIsSignedByAnUnknownPublisher_thenDoctorRefusesIt() throws Exception {
        Path site = writeJar(root.resolve("site/demo.jar"), "kz.example.demo");
        Catalog catalog = CatalogSigning.describe(
                site.getParent(), URI.create("https://modules.example/"), Optional.empty(), Instant.now());
        KeyEntry stranger = CatalogFixtures.publisher("Stranger");
        Files.write(bridgeHome.resolve("ncalayer.der"), CatalogSigning.sign(catalog, stranger, Clock.systemUTC()));

        assertThat(doctor()).isEqualTo(1);

        assertThat(out.toString()).contains("FIX  catalog: " + bridgeHome.resolve("ncalayer.der") + " is not accepted");
    }

    @Test
    void whenDropInsAreUnlistedOrDiffer_thenEachIsFlaggedAndTheListedOneIsOk() throws Exception {
        Path site = writeJar(root.resolve("site/demo.jar"), "kz.example.demo");
        writeTrustedCatalog(site.getParent());
        Path bundles = Files.createDirectories(bridgeHome.resolve("bundles"));
        Files.copy(site, bundles.resolve("demo.jar"));
        writeJar(bundles.resolve("stray.jar"), "kz.example.stray");
        writeJar(root.resolve("other/demo.jar"), "kz.example.demo", "Rebuilt");
        Files.copy(root.resolve("other/demo.jar"), bundles.resolve("rebuilt.jar"));

        assertThat(doctor()).isEqualTo(1);

        assertThat(out.toString())
                .contains("OK   catalog: " + bridgeHome.resolve("ncalayer.der"))
                .contains("OK   modules: demo.jar: kz.example.demo 1.2.3. Listed in the catalog")
                .contains("FIX  modules: stray.jar (kz.example.stray) is not listed in the catalog; the bridge "
                        + "refuses it: remove " + bundles.resolve("stray.jar"))
                .contains("FIX  modules: rebuilt.jar (kz.example.demo 1.2.3) has a SHA-256 that differs from the "
                        + "catalog's 1.2.3");
    }

    /** Signs a catalog of the jars in {@code site} with a publisher whose certificate the bridge home trusts. */
    private byte[] writeTrustedCatalog(Path site) throws Exception {
        KeyEntry publisher = CatalogFixtures.publisher("Doctor publisher");
        Path publishers = Files.createDirectories(bridgeHome.resolve("trust/publishers"));
        Files.write(publishers.resolve("doctor.der"), publisher.certificate().getEncoded());
        Catalog catalog =
                CatalogSigning.describe(site, URI.create("https://modules.example/"), Optional.empty(), Instant.now());
        byte[] signed = CatalogSigning.sign(catalog, publisher, Clock.systemUTC());
        Files.write(bridgeHome.resolve("ncalayer.der"), signed);
        return signed.clone();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (java.util.Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    private static Path writeJar(Path jar, String symbolicName) throws Exception {
        return writeJar(jar, symbolicName, null);
    }

    private static Path writeJar(Path jar, String symbolicName, String bundleName) throws Exception {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (symbolicName != null) {
            manifest.getMainAttributes().putValue("Bundle-SymbolicName", symbolicName);
            manifest.getMainAttributes().putValue("Bundle-Version", "1.2.3");
        }
        if (bundleName != null) {
            manifest.getMainAttributes().putValue("Bundle-Name", bundleName);
        }
        try (JarOutputStream stream = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            stream.flush();
        }
        return jar;
    }

    private static String expiredCertificatePem() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair keys = generator.generateKeyPair();
        X500Name name = new X500Name("CN=Old Root");
        Instant end = Instant.parse("2020-01-01T00:00:00Z");
        var holder = new JcaX509v3CertificateBuilder(
                        name,
                        BigInteger.ONE,
                        Date.from(end.minus(Duration.ofDays(365))),
                        Date.from(end),
                        name,
                        keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()));
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(holder.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }
}

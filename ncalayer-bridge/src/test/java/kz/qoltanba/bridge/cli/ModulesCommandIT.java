package kz.qoltanba.bridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import kz.qoltanba.bridge.runtime.ForwardingProxy;
import kz.qoltanba.signing.token.KeyFiles;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModulesCommandIT {
    private static final String MODULE = "kz.qoltanba.test.cli";

    @TempDir
    Path home;

    @TempDir
    Path publish;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private HttpServer server;
    private Path key;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Path file = publish.resolve(exchange.getRequestURI().getPath().substring(1));
            byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            if (body != null) {
                try (OutputStream stream = exchange.getResponseBody()) {
                    stream.write(body);
                }
            }
            exchange.close();
        });
        server.start();
        key = publisherKeyTrustedBy(home);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** A publisher key file; its certificate goes where an administrator adds publishers. */
    private Path publisherKeyTrustedBy(Path trustingHome) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=CLI publisher");
        Instant now = Instant.now();
        X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate(new JcaX509v3CertificateBuilder(
                                name,
                                BigInteger.ONE,
                                Date.from(now.minus(1, ChronoUnit.HOURS)),
                                Date.from(now.plus(1, ChronoUnit.DAYS)),
                                name,
                                pair.getPublic())
                        .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        Path file = publish.getParent().resolve(publish.getFileName() + "-publisher.p12");
        KeyFiles.writePkcs12(file, pair.getPrivate(), List.of(certificate), "secret".toCharArray());
        Path trust = trustingHome.resolve("trust/publishers");
        Files.createDirectories(trust);
        Files.writeString(
                trust.resolve("cli.pem"),
                "-----BEGIN CERTIFICATE-----\n"
                        + Base64.getMimeEncoder().encodeToString(certificate.getEncoded())
                        + "\n-----END CERTIFICATE-----\n");
        return file;
    }

    private static void bundle(Path jar, String version) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", MODULE);
        main.putValue("Bundle-Version", version);
        main.putValue("Bundle-Name", "CLI test module");
        try (JarOutputStream stream = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            stream.flush();
        }
    }

    private int run(String... args) {
        return run(Map.of("PW", "secret"), args);
    }

    private int run(Map<String, String> environment, String... args) {
        Properties system = new Properties();
        system.setProperty("os.name", "Linux");
        system.setProperty("user.home", home.toString());
        return Main.run(
                args, environment, system, bridge -> {}, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    private int signCatalog() {
        return signCatalog(base());
    }

    private int signCatalog(String baseUrl) {
        return run(
                "catalog",
                "sign",
                "--key",
                key.toString(),
                "--password-env",
                "PW",
                "--bundles",
                publish.toString(),
                "--base-url",
                baseUrl,
                "--out",
                publish.resolve("ncalayer.der").toString());
    }

    @Test
    void whenCatalogIsSignedAndServed_thenModulesInstallListUpdateAndRemove() throws Exception {
        bundle(publish.resolve("cli-1.0.0.jar"), "1.0.0");
        assertThat(signCatalog()).as(err.toString()).isZero();
        assertThat(out.toString()).contains("1 module(s)").contains(base() + "ncalayer.der");

        int installed =
                run("modules", "install", "--home", home.toString(), "--catalog-url", base() + "ncalayer.der", MODULE);

        assertThat(installed).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Installed " + MODULE + " 1.0.0");
        assertThat(home.resolve("modules/" + MODULE + "_1.0.0.jar")).isRegularFile();

        Files.delete(publish.resolve("cli-1.0.0.jar"));
        bundle(publish.resolve("cli-1.1.0.jar"), "1.1.0");
        Thread.sleep(5);
        assertThat(signCatalog()).isZero();
        assertThat(run("modules", "update", "--home", home.toString()))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("Updated " + MODULE + " to 1.1.0");

        assertThat(run("modules", "list", "--home", home.toString())).isZero();
        assertThat(out.toString()).containsPattern(MODULE + " +CLI test module +1\\.1\\.0 +1\\.1\\.0");

        assertThat(run("modules", "remove", "--home", home.toString(), MODULE)).isZero();
        assertThat(home.resolve("modules/" + MODULE + "_1.1.0.jar")).doesNotExist();
        assertThat(Files.readString(home.resolve("logs/audit.log"), StandardCharsets.UTF_8))
                .contains("\"outcome\":\"removed 1.1.0\"");
    }

    @Test
    void whenBridgeStartsWithAnInstalledModule_thenItIsLoadedAndTheManagerSeesIt() throws Exception {
        bundle(publish.resolve("cli-1.0.0.jar"), "1.0.0");
        assertThat(signCatalog()).isZero();
        assertThat(run(
                        "modules",
                        "install",
                        "--home",
                        home.toString(),
                        "--catalog-url",
                        base() + "ncalayer.der",
                        MODULE))
                .isZero();
        java.util.concurrent.atomic.AtomicReference<Map<String, String>> loaded =
                new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicReference<Boolean> installed =
                new java.util.concurrent.atomic.AtomicReference<>();
        Properties system = new Properties();
        system.setProperty("os.name", "Linux");

        int code = Main.run(
                new String[] {"serve", "--home", home.toString(), "--port", "0"},
                Map.of(),
                system,
                bridge -> {
                    loaded.set(bridge.moduleHost().bundles());
                    try {
                        installed.set(bridge.moduleManager().list().get(0).installed());
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                    bridge.close();
                },
                new PrintWriter(out, true),
                new PrintWriter(err, true));

        assertThat(code).as(err.toString()).isZero();
        assertThat(loaded.get()).containsEntry(MODULE, "1.0.0");
        assertThat(installed.get()).isTrue();
    }

    @Test
    void whenServedJarDoesNotMatchTheCatalog_thenInstallExits1NamingTheHash() throws Exception {
        bundle(publish.resolve("cli-1.0.0.jar"), "1.0.0");
        assertThat(signCatalog()).isZero();
        bundle(publish.resolve("cli-1.0.0.jar"), "1.0.1");

        int code =
                run("modules", "install", "--home", home.toString(), "--catalog-url", base() + "ncalayer.der", MODULE);

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("SHA-256").contains(MODULE);
        assertThat(home.resolve("modules")).doesNotExist();
    }

    @Test
    void whenCatalogIsSignedByAKeyTheHomeDoesNotTrust_thenExit1() throws Exception {
        bundle(publish.resolve("cli-1.0.0.jar"), "1.0.0");
        key = publisherKeyTrustedBy(publish.resolve("elsewhere"));
        Files.delete(publish.resolve("elsewhere/trust/publishers/cli.pem"));
        assertThat(signCatalog()).isZero();

        int code =
                run("modules", "install", "--home", home.toString(), "--catalog-url", base() + "ncalayer.der", MODULE);

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("signature is not accepted");
        assertThat(home.resolve("ncalayer.der")).doesNotExist();
    }

    @Test
    void whenDropInIsUnlisted_thenInstallWithoutNamesExits1AndReportsIt() throws Exception {
        bundle(publish.resolve("cli-1.0.0.jar"), "1.0.0");
        assertThat(signCatalog()).isZero();
        Files.createDirectories(home.resolve("bundles"));
        bundle(home.resolve("bundles/stray.jar"), "9.0.0");

        int code = run("modules", "install", "--home", home.toString(), "--catalog-url", base() + "ncalayer.der");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("Refused stray.jar: SHA-256 differs from the catalog's 1.0.0");
    }

    @Test
    void whenCatalogIsSignedIntoAHome_thenItIsWrittenAsItsNcalayerDerAndTheModuleInstallsFromIt() throws Exception {
        bundle(publish.resolve("cli-1.0.0.jar"), "1.0.0");

        int code = run(
                "catalog",
                "sign",
                "--home",
                home.toString(),
                "--key",
                key.toString(),
                "--password-env",
                "PW",
                "--bundles",
                publish.toString(),
                "--base-url",
                base());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Signed " + home.resolve("ncalayer.der") + ": 1 module(s)");
        Files.copy(
                publish.resolve("cli-1.0.0.jar"),
                Files.createDirectories(home.resolve("bundles")).resolve("c.jar"));
        assertThat(run("modules", "install", "--home", home.toString()))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("Installed c.jar");
    }

    @Test
    void whenTheHomeDoesNotTrustThePublisher_thenCatalogSignWithHomeWritesNothingAndExits1() throws Exception {
        bundle(publish.resolve("cli-1.0.0.jar"), "1.0.0");
        Path stranger = Files.createDirectories(publish.resolve("stranger"));

        int code = run(
                "catalog",
                "sign",
                "--home",
                stranger.toString(),
                "--key",
                key.toString(),
                "--password-env",
                "PW",
                "--bundles",
                publish.toString(),
                "--base-url",
                base());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString())
                .contains("Nothing written: " + stranger + " would refuse this catalog")
                .contains(stranger.resolve("trust/publishers").toString());
        assertThat(stranger.resolve("ncalayer.der")).doesNotExist();
    }

    @Test
    void whenCatalogSignHasNeitherOutNorHome_thenUsageErrorNamesBoth() throws Exception {
        bundle(publish.resolve("cli-1.0.0.jar"), "1.0.0");

        int code = run(
                "catalog",
                "sign",
                "--key",
                key.toString(),
                "--password-env",
                "PW",
                "--bundles",
                publish.toString(),
                "--base-url",
                base());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--out FILE").contains("--home DIR");
    }

    @Test
    void whenHelpIsAsked_thenModulesAndCatalogAndEachSubcommandDescribeTheirOptions() {
        for (String[] args : List.of(
                new String[] {"modules", "--help"},
                new String[] {"modules", "list", "--help"},
                new String[] {"modules", "install", "--help"},
                new String[] {"modules", "remove", "--help"},
                new String[] {"modules", "update", "--help"},
                new String[] {"catalog", "--help"},
                new String[] {"catalog", "sign", "--help"})) {
            out.getBuffer().setLength(0);

            assertThat(run(args)).as(String.join(" ", args)).isZero();

            assertThat(out.toString()).as(String.join(" ", args)).contains("Usage: qoltanba-bridge " + args[0]);
            if (args.length == 3) {
                assertThat(out.toString()).as(String.join(" ", args)).contains("--home=DIR");
            }
        }
        out.getBuffer().setLength(0);
        run("catalog", "sign", "--help");
        assertThat(out.toString())
                .contains("--bundles=DIR")
                .contains("--out=FILE")
                .contains("--key=FILE");
    }

    /** A base URL whose host only the test proxy can reach (it forwards to the test server). */
    private String unresolvableBase() {
        return "http://modules.qoltanba.invalid:" + server.getAddress().getPort() + "/";
    }

    /** {@code modules install MODULE} from the catalog at {@link #unresolvableBase()}, with extra options. */
    private int installFromTheUnresolvableCatalog(Map<String, String> environment, String... options) {
        List<String> args = new ArrayList<>(List.of("modules", "install", "--home", home.toString()));
        args.addAll(List.of(options));
        args.addAll(List.of("--catalog-url", unresolvableBase() + "ncalayer.der", MODULE));
        return run(environment, args.toArray(String[]::new));
    }

    private void configure(String properties) throws IOException {
        Files.writeString(home.resolve("bridge.properties"), properties, StandardCharsets.UTF_8);
    }

    @Test
    void whenBridgePropertiesNameAnAuthenticatingProxy_thenModulesInstallsThroughItWithTheCredentials()
            throws Exception {
        bundle(publish.resolve("cli-1.0.0.jar"), "1.0.0");
        assertThat(signCatalog(unresolvableBase())).isZero();
        try (ForwardingProxy proxy = new ForwardingProxy(server.getAddress(), "cli-user", "pr0xy")) {
            configure("proxy.host=127.0.0.1\nproxy.port=" + proxy.port()
                    + "\nproxy.user=cli-user\nproxy.password.env=CLI_PROXY_PASSWORD\n");

            int code = installFromTheUnresolvableCatalog(Map.of("CLI_PROXY_PASSWORD", "pr0xy"));

            assertThat(code).as(err.toString()).isZero();
            assertThat(out.toString()).contains("Installed " + MODULE + " 1.0.0");
            assertThat(proxy.requests())
                    .extracting(URI::toString)
                    .containsExactly(unresolvableBase() + "ncalayer.der", unresolvableBase() + "cli-1.0.0.jar");
            assertThat(proxy.refused()).as("the proxy's Basic challenges").isNotEmpty();
            assertThat(err.toString()).doesNotContain("pr0xy");
        }
    }

    @Test
    void whenProxyOptionIsGiven_thenItReplacesTheConfiguredHostAndPortAndKeepsTheCredentials() throws Exception {
        bundle(publish.resolve("cli-1.0.0.jar"), "1.0.0");
        assertThat(signCatalog(unresolvableBase())).isZero();
        try (ForwardingProxy proxy = new ForwardingProxy(server.getAddress(), "cli-user", "pr0xy")) {
            configure("proxy.host=proxy.qoltanba.invalid\nproxy.port=3128"
                    + "\nproxy.user=cli-user\nproxy.password.env=CLI_PROXY_PASSWORD\n");

            int code = installFromTheUnresolvableCatalog(
                    Map.of("CLI_PROXY_PASSWORD", "pr0xy"), "--proxy", "127.0.0.1:" + proxy.port());

            assertThat(code).as(err.toString()).isZero();
            assertThat(proxy.requests()).hasSize(2);
        }
    }

    @Test
    void whenTheProxyDemandsCredentialsThatAreNotConfigured_thenModulesFailsNamingTheProxyAnd407() throws Exception {
        bundle(publish.resolve("cli-1.0.0.jar"), "1.0.0");
        assertThat(signCatalog(unresolvableBase())).isZero();
        try (ForwardingProxy proxy = new ForwardingProxy(server.getAddress(), "cli-user", "pr0xy")) {
            configure("proxy.host=127.0.0.1\nproxy.port=" + proxy.port() + "\n");

            int code = installFromTheUnresolvableCatalog(Map.of());

            assertThat(code).isNotZero();
            assertThat(err.toString())
                    .contains("The proxy 127.0.0.1:" + proxy.port())
                    .contains("407");
            assertThat(proxy.requests()).isEmpty();
        }
    }

    @Test
    void whenProxyOptionIsNotHostColonPort_thenUsageErrorNamingTheOption() {
        int code = run("modules", "list", "--home", home.toString(), "--proxy", "127.0.0.1");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--proxy must be HOST:PORT");
    }
}

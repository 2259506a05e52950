package kz.qoltanba.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import kz.qoltanba.bridge.origin.Origin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BridgeConfigLoaderTest {
    @TempDir
    Path home;

    private BridgeConfig load(Map<String, String> env, Properties system, CommandLineSettings cli)
            throws ConfigException {
        return new BridgeConfigLoader(env, system).load(cli);
    }

    private CommandLineSettings withHome() {
        return new CommandLineSettings(home, null, List.of(), null, List.of(), false, null, null, null);
    }

    private void writeFile(String content) throws IOException {
        Files.writeString(home.resolve("bridge.properties"), content);
    }

    @Test
    void whenNothingIsConfigured_thenBuiltInDefaults() throws Exception {
        BridgeConfig config = load(Map.of(), new Properties(), withHome());

        assertThat(config.home()).isEqualTo(home.toAbsolutePath());
        assertThat(config.port()).isEqualTo(13579);
        assertThat(config.maxFrameBytes()).isEqualTo(64 * 1024 * 1024);
        assertThat(config.queueLimit()).isEqualTo(32);
        assertThat(config.recentKeys()).isEqualTo(5);
        assertThat(config.tsaUrl()).isEqualTo(URI.create("http://tsp.pki.gov.kz"));
        assertThat(config.allowedOriginSuffixes()).containsExactly("gov.kz", "egov.kz");
        assertThat(config.allowedOrigins()).isEmpty();
        assertThat(config.originPrompt()).isTrue();
        assertThat(config.unattended()).isFalse();
        assertThat(config.catalogUrl()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "https://modules.example.kz/ncalayer.der",
        "http://127.0.0.1:18765/ncalayer.der",
        "http://localhost:8080/ncalayer.der",
        "http://[::1]:8080/ncalayer.der"
    })
    void whenCatalogUrlIsHttpsOrLoopbackHttp_thenItIsTheConfiguredCatalogUrl(String url) throws Exception {
        writeFile("catalog.url=" + url + "\n");

        BridgeConfig config = load(Map.of(), new Properties(), withHome());

        assertThat(config.catalogUrl()).contains(URI.create(url));
        assertThat(config.withPort(0).catalogUrl()).contains(URI.create(url));
    }

    @Test
    void whenCatalogUrlComesFromTheEnvironment_thenItOverridesTheFile() throws Exception {
        writeFile("catalog.url=https://file.example/ncalayer.der\n");

        BridgeConfig config =
                load(Map.of("QOLTANBA_CATALOG_URL", "https://env.example/ncalayer.der"), new Properties(), withHome());

        assertThat(config.catalogUrl()).contains(URI.create("https://env.example/ncalayer.der"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "http://modules.example.kz/ncalayer.der|must be an https URL (plain http only to localhost",
                "http://127.0.0.1.example.kz/ncalayer.der|must be an https URL",
                "ftp://modules.example.kz/ncalayer.der|must be an absolute http or https URL",
                "ncalayer.der|must be an absolute http or https URL",
                "https://bad host/ncalayer.der|is not a URL"
            })
    void whenCatalogUrlIsBad_thenStartUpStopsNamingTheKey(String url, String problem) throws Exception {
        writeFile("catalog.url=" + url + "\n");

        assertThatThrownBy(() -> load(Map.of(), new Properties(), withHome()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(
                        "Configuration key 'catalog.url' = '" + url + "' (from " + home.resolve("bridge.properties"))
                .hasMessageContaining(problem);
    }

    @Test
    void whenFileEnvironmentSystemAndCommandLineAllSetPort_thenCommandLineWins() throws Exception {
        writeFile("port=1001\n");
        Properties system = new Properties();
        system.setProperty("qoltanba.port", "1003");
        CommandLineSettings cli =
                new CommandLineSettings(home, 1004, List.of(), null, List.of(), false, null, null, null);

        BridgeConfig config = load(Map.of("QOLTANBA_PORT", "1002"), system, cli);

        assertThat(config.port()).isEqualTo(1004);
    }

    @Test
    void whenSystemPropertyAndEnvironmentSet_thenSystemPropertyWins() throws Exception {
        writeFile("queue.limit=7\n");
        Properties system = new Properties();
        system.setProperty("qoltanba.queue.limit", "9");

        BridgeConfig config = load(Map.of("QOLTANBA_QUEUE_LIMIT", "8"), system, withHome());

        assertThat(config.queueLimit()).isEqualTo(9);
    }

    @Test
    void whenOnlyEnvironmentOverridesFile_thenEnvironmentWins() throws Exception {
        writeFile("recent.keys=2\ntsa.url=http://file.example/tsa\n");

        BridgeConfig config = load(Map.of("QOLTANBA_RECENT_KEYS", "3"), new Properties(), withHome());

        assertThat(config.recentKeys()).isEqualTo(3);
        assertThat(config.tsaUrl()).isEqualTo(URI.create("http://file.example/tsa"));
    }

    @Test
    void whenOriginsComeFromFileAndCommandLine_thenBothAreAllowedInNormalForm() throws Exception {
        writeFile("allowed.origins=HTTPS://Portal.Example.KZ:443/\n");
        CommandLineSettings cli = new CommandLineSettings(
                home,
                null,
                List.of("http://127.0.0.1:8080"),
                "https://tsa.local/x",
                List.of(),
                false,
                null,
                null,
                null);

        BridgeConfig config = load(Map.of(), new Properties(), cli);

        assertThat(config.allowedOrigins())
                .containsExactlyInAnyOrder(
                        new Origin("https", "portal.example.kz", -1), new Origin("http", "127.0.0.1", 8080));
        assertThat(config.tsaUrl()).isEqualTo(URI.create("https://tsa.local/x"));
    }

    @Test
    void whenTrustAnchorsAreListed_thenRelativeFileEntriesResolveAgainstHome() throws Exception {
        writeCertificate(home.resolve("root.pem"));
        writeFile("trust.anchors=root.pem\n");

        BridgeConfig config = load(Map.of(), new Properties(), withHome());

        assertThat(config.trustAnchors()).containsExactly(home.toAbsolutePath().resolve("root.pem"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "port=abc|'port'",
                "port=70000|'port'",
                "max.frame.bytes=12|'max.frame.bytes'",
                "queue.limit=0|'queue.limit'",
                "recent.keys=-1|'recent.keys'",
                "origin.prompt=maybe|'origin.prompt'",
                "tsa.url=ftp://tsa.example|'tsa.url'",
                "tsa.url=not a url|'tsa.url'",
                "allowed.origins=https://a.kz/path|'allowed.origins'",
                "allowed.origin.suffixes=gov.kz,bad suffix!|'allowed.origin.suffixes'",
                "trust.anchors=missing.pem|'trust.anchors'",
                "prot=1|'prot'",
                "unattended=true|--unattended"
            })
    void whenFileHasBadValue_thenErrorNamesTheKey(String line, String expected) throws Exception {
        writeFile(line + "\n");

        assertThatThrownBy(() -> load(Map.of(), new Properties(), withHome()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(expected);
    }

    @Test
    void whenAConfiguredTrustAnchorIsNoCertificate_thenStartUpStopsNamingTheKeyAndFile() throws Exception {
        Files.writeString(home.resolve("root.pem"), "garbage");
        writeFile("trust.anchors=root.pem\n");

        assertThatThrownBy(() -> load(Map.of(), new Properties(), withHome()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'trust.anchors'")
                .hasMessageContaining("root.pem")
                .hasMessageContaining("X.509");
    }

    @Test
    void whenATrustFileOnTheCommandLineIsNoCertificate_thenStartUpStops() throws Exception {
        Path notACertificate = Files.writeString(home.resolve("typo.pem"), "-----BEGIN CERTIFICATE-----\nAAAA\n");
        CommandLineSettings commandLine =
                new CommandLineSettings(home, null, List.of(), null, List.of(notACertificate), false, null, null, null);

        assertThatThrownBy(() -> load(Map.of(), new Properties(), commandLine))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'trust.anchors'")
                .hasMessageContaining("typo.pem");
    }

    /** A self-signed certificate in PEM, as an administrator's trust anchor file would hold. */
    private static void writeCertificate(Path file) throws Exception {
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        java.security.KeyPair pair = generator.generateKeyPair();
        org.bouncycastle.asn1.x500.X500Name name = new org.bouncycastle.asn1.x500.X500Name("CN=Test Root");
        java.time.Instant now = java.time.Instant.now();
        var holder = new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(
                        name,
                        java.math.BigInteger.ONE,
                        java.util.Date.from(now),
                        java.util.Date.from(now.plusSeconds(86_400)),
                        name,
                        pair.getPublic())
                .build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withECDSA")
                        .build(pair.getPrivate()));
        Files.writeString(
                file,
                "-----BEGIN CERTIFICATE-----\n"
                        + java.util.Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(holder.getEncoded())
                        + "\n-----END CERTIFICATE-----\n");
    }

    @Test
    void whenEnvironmentHasBadValue_thenErrorNamesKeyAndVariable() {
        assertThatThrownBy(() -> load(Map.of("QOLTANBA_PORT", "x"), new Properties(), withHome()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'port'")
                .hasMessageContaining("QOLTANBA_PORT");
    }

    @Test
    void whenKeystoreGivenWithoutUnattended_thenRefused() {
        CommandLineSettings cli = new CommandLineSettings(
                home, null, List.of(), null, List.of(), false, home.resolve("k.p12"), "PW", null);

        assertThatThrownBy(() -> load(Map.of(), new Properties(), cli)).hasMessageContaining("--unattended");
    }

    @Test
    void whenUnattendedWithKeystoreAndSetPasswordVariable_thenUnattendedKeysArePresent() throws Exception {
        Path keystore = Files.writeString(home.resolve("k.p12"), "x");
        CommandLineSettings cli =
                new CommandLineSettings(home, null, List.of(), null, List.of(), true, keystore, "PW", null);

        BridgeConfig config = load(Map.of("PW", "secret"), new Properties(), cli);

        assertThat(config.unattended()).isTrue();
        assertThat(config.unattendedKeys().orElseThrow().keystore()).isEqualTo(keystore);
    }

    @Test
    void whenUnattendedPasswordVariableIsUnset_thenRefusedNamingTheVariable() throws Exception {
        Path keystore = Files.writeString(home.resolve("k.p12"), "x");
        CommandLineSettings cli =
                new CommandLineSettings(home, null, List.of(), null, List.of(), true, keystore, "NOPE", null);

        assertThatThrownBy(() -> load(Map.of(), new Properties(), cli)).hasMessageContaining("NOPE");
    }

    @Test
    void whenUnattendedWithoutAnyKeys_thenRefused() {
        CommandLineSettings cli =
                new CommandLineSettings(home, null, List.of(), null, List.of(), true, null, null, null);

        assertThatThrownBy(() -> load(Map.of(), new Properties(), cli)).hasMessageContaining("--keys-dir");
    }

    @Test
    void whenUnattendedHasOnlyATokenPinVariable_thenTokensAnswerWithoutKeyFiles() throws Exception {
        CommandLineSettings cli =
                new CommandLineSettings(home, null, List.of(), null, List.of(), true, null, null, null, "TOKEN_PIN");

        BridgeConfig config = load(Map.of("TOKEN_PIN", "1234"), new Properties(), cli);

        assertThat(config.unattendedKeys().orElseThrow()).isEqualTo(new UnattendedKeys(null, null, null, "TOKEN_PIN"));
    }

    @Test
    void whenTokenPinVariableIsUnsetOrUnattendedIsMissing_thenRefusedNamingTheOption() {
        CommandLineSettings unset =
                new CommandLineSettings(home, null, List.of(), null, List.of(), true, null, null, home, "NO_PIN");
        CommandLineSettings attended =
                new CommandLineSettings(home, null, List.of(), null, List.of(), false, null, null, null, "TOKEN_PIN");

        assertThatThrownBy(() -> load(Map.of(), new Properties(), unset))
                .hasMessage("--token-pin-env NO_PIN: that environment variable is not set.");
        assertThatThrownBy(() -> load(Map.of("TOKEN_PIN", "1"), new Properties(), attended))
                .hasMessageContaining("--token-pin-env")
                .hasMessageContaining("need --unattended");
    }

    @Test
    void whenNoHomeOptionOnLinux_thenHomeComesFromDollarHome() throws Exception {
        Properties system = new Properties();
        system.setProperty("os.name", "Linux");
        system.setProperty("user.home", "/java/home");

        BridgeConfig config = load(Map.of("HOME", home.toString()), system, CommandLineSettings.none());

        assertThat(config.home()).isEqualTo(home.resolve(".config/qoltanba"));
    }
}

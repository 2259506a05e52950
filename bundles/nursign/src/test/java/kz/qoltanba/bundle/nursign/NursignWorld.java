package kz.qoltanba.bundle.nursign;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.devpki.DevPkiServer;
import kz.qoltanba.signing.devpki.Persona;
import kz.qoltanba.signing.validation.CmsVerifier;
import kz.qoltanba.signing.validation.RevocationPolicy;
import kz.qoltanba.signing.validation.RevocationTransport;
import kz.qoltanba.signing.validation.VerificationOptions;

/**
 * What the module's integration tests run against: a development PKI with its TSA, two key files (RSA, or the
 * Kazakh GOST-2015 personas) for {@code --keys-dir}, the NURSign jar listed in a catalog signed by the development publisher and installed
 * into a bridge home with {@code modules install}, and a {@code nursign.properties} the test rewrites.
 */
final class NursignWorld implements AutoCloseable {
    static final String ORIGIN = "https://goszakup.test";
    static final String OTHER_ORIGIN = "https://other.test";
    static final String FIRST_KEY = "a-person.p12";
    static final String SECOND_KEY = "b-head.p12";
    private static final String PASSWORD = "Test-Pa55";

    final Path work;
    final KeyAlgorithm algorithm;
    final DevPkiServer pki;
    final Path keysDir;
    final Path rootPem;
    final Path home;
    final Path userHome;
    final Path config;
    final CatalogSite catalog;

    NursignWorld(Path work) throws Exception {
        this(work, KeyAlgorithm.RSA);
    }

    /** A world whose key files, TSA and trust root are of {@code algorithm} (RSA or GOST2015_512). */
    NursignWorld(Path work, KeyAlgorithm algorithm) throws Exception {
        this.work = work;
        this.algorithm = algorithm;
        pki = DevPkiServer.start(0, Clock.systemUTC(), new SecureRandom(), Set.of(algorithm));
        Path exported = work.resolve("pki");
        pki.pki().exportTo(exported, PASSWORD.toCharArray());
        keysDir = Files.createDirectories(work.resolve("keys"));
        Path keys = exported.resolve(algorithm == KeyAlgorithm.RSA ? "rsa" : "gost");
        installKey(keys.resolve(keyFileName(Persona.INDIVIDUAL_SIGN)), FIRST_KEY);
        installKey(keys.resolve(keyFileName(Persona.LEGAL_HEAD)), SECOND_KEY);
        rootPem = work.resolve("root.pem");
        Files.writeString(
                rootPem,
                "-----BEGIN CERTIFICATE-----\n"
                        + Base64.getMimeEncoder()
                                .encodeToString(
                                        pki.pki().root(algorithm).certificate().getEncoded())
                        + "\n-----END CERTIFICATE-----\n",
                StandardCharsets.US_ASCII);
        home = work.resolve("bridge-home");
        userHome = Files.createDirectories(work.resolve("user-home"));
        config = work.resolve("nursign.properties");
        catalog = CatalogSite.serve(work.resolve("site"));
        Files.copy(BridgeProcess.moduleJar(), catalog.folder().resolve("nursign.jar"));
        catalog.sign();
    }

    private static String keyFileName(Persona persona) {
        return persona.name().toLowerCase(java.util.Locale.ROOT) + ".p12";
    }

    private void installKey(Path source, String name) throws Exception {
        Files.copy(source, keysDir.resolve(name));
        Path password = keysDir.resolve(name.replace(".p12", ".password"));
        Files.writeString(password, PASSWORD + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
    }

    /** {@code modules install} of NURSign from the catalog URL into the bridge home. */
    void installModule() throws Exception {
        BridgeProcess.Result installed = BridgeProcess.run(
                Map.of(),
                "modules",
                "install",
                "--home",
                home.toString(),
                "--catalog-url",
                catalog.catalogUrl().toString(),
                "kz.qoltanba.bundle.nursign");
        if (installed.exitCode() != 0) {
            throw new AssertionError("modules install failed: " + installed.output());
        }
    }

    String tsaUrl() {
        return pki.pki().tsaUrl(algorithm).toString();
    }

    /** Writes {@code nursign.properties} (Java properties; values escaped as the manual shows). */
    void writeConfig(Map<String, String> values) throws Exception {
        StringBuilder text = new StringBuilder("# written by the test\n");
        values.forEach((key, value) ->
                text.append(key).append('=').append(value.replace(":", "\\:")).append('\n'));
        Path temp = Files.writeString(work.resolve("nursign.properties.tmp"), text, StandardCharsets.UTF_8);
        Files.move(temp, config, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The settings every test starts from: the test origin and the portal allowed, http allowed, the dev TSA. */
    Map<String, String> baseConfig(String portalBase, String checkUrl) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("allow_addresses", ORIGIN + "," + portalBase);
        values.put("usehttp", "Y");
        values.put("tsa_url", tsaUrl());
        values.put("check_exists_url", checkUrl);
        values.put("max_file_size", "20");
        values.put("cert_count", "5");
        return values;
    }

    BridgeProcess startBridge(List<String> jvmOptions) throws Exception {
        List<String> options = new ArrayList<>(List.of(
                "--home",
                home.toString(),
                "--keys-dir",
                keysDir.toString(),
                "--trust",
                rootPem.toString(),
                "--tsa-url",
                tsaUrl(),
                "--allowed-origin",
                ORIGIN,
                "--allowed-origin",
                OTHER_ORIGIN));
        Map<String, String> env = Map.of("NURSIGN_CONFIG", config.toString(), "HOME", userHome.toString());
        return BridgeProcess.serve(env, jvmOptions, options);
    }

    CmsVerifier verifier() {
        return CmsVerifier.create(RevocationTransport.http(Duration.ofSeconds(10)), new SecureRandom(), Duration.ZERO);
    }

    VerificationOptions verification() {
        return VerificationOptions.builder()
                .trustAnchor(pki.pki().root(algorithm).certificate())
                .extraCertificate(pki.pki().intermediate(algorithm).certificate())
                .revocationPolicy(RevocationPolicy.OFF)
                .build();
    }

    @Override
    public void close() {
        catalog.close();
        pki.close();
    }
}

package kz.qoltanba.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortalConfigTest {
    private static PortalConfig load(Map<String, String> env, String... args) {
        return PortalConfig.load(env, Map.of(), List.of(args));
    }

    private static Map<String, String> dev(String... keyValues) {
        Map<String, String> env = new HashMap<>();
        env.put("PORTAL_DEV", "true");
        env.put("HOME", "/home/tester");
        for (int i = 0; i < keyValues.length; i += 2) {
            env.put(keyValues[i], keyValues[i + 1]);
        }
        return env;
    }

    @Test
    void whenNothingIsSet_thenTheDefaultsApply() {
        PortalConfig config = load(dev());

        assertThat(config.dataDirectory()).isEqualTo(Path.of("/home/tester/.local/share/qoltanba-portal"));
        assertThat(config.embeddedDatabaseDirectory())
                .isEqualTo(Path.of("/home/tester/.local/share/qoltanba-portal/pgdata"));
        assertThat(config.database().embedded()).isTrue();
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.origin()).hasToString("http://127.0.0.1:8080");
        assertThat(config.bridgeUrl()).hasToString("wss://127.0.0.1:13579/");
        assertThat(config.lockout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(config.secureCookies()).isFalse();
        assertThat(config.demo()).isFalse();
    }

    @Test
    void whenHomeIsNotSet_thenUserHomeIsUsed() {
        Map<String, String> env = dev();
        env.remove("HOME");

        assertThat(load(env).dataDirectory())
                .isEqualTo(Path.of(System.getProperty("user.home"), ".local", "share", "qoltanba-portal"));
    }

    @Test
    void whenSystemPropertiesAndCommandLineAreGiven_thenTheyWinInThatOrder() {
        PortalConfig config = PortalConfig.load(
                dev("PORTAL_PORT", "9000", "PORTAL_LOCKOUT", "PT5M"),
                Map.of("PORTAL_PORT", "9100", "PORTAL_LOCKOUT", "PT1M"),
                List.of("--port=9200"));

        assertThat(config.port()).isEqualTo(9200);
        assertThat(config.lockout()).isEqualTo(Duration.ofMinutes(1));
        assertThat(config.origin()).hasToString("http://127.0.0.1:9200");
    }

    @Test
    void whenDemoIsAskedOnTheCommandLine_thenDevModeIsOnToo() {
        PortalConfig config = load(Map.of("HOME", "/h"), "--demo");

        assertThat(config.demo()).isTrue();
        assertThat(config.devMode()).isTrue();
    }

    @Test
    void whenAnExternalDatabaseIsConfigured_thenItsPasswordIsNotPrinted() {
        PortalConfig config = load(dev(
                "PORTAL_DB_URL", "jdbc:postgresql://db:5432/portal",
                "PORTAL_DB_USER", "portal",
                "PORTAL_DB_PASSWORD", "s3cret-Pw"));

        assertThat(config.database().embedded()).isFalse();
        assertThat(config.database().password()).isEqualTo("s3cret-Pw");
        assertThat(config.toString()).doesNotContain("s3cret-Pw");
    }

    @Test
    void whenTheOriginIsHttps_thenCookiesAreSecure() {
        PortalConfig config = load(dev("PORTAL_ORIGIN", "https://portal.example.kz/"));

        assertThat(config.origin()).hasToString("https://portal.example.kz");
        assertThat(config.secureCookies()).isTrue();
    }

    @Test
    void whenTrustAnchorsAreGiven_thenDevModeIsNotNeeded(@TempDir Path dir) throws Exception {
        Path root = Files.writeString(dir.resolve("root.pem"), "-----BEGIN CERTIFICATE-----\n");

        PortalConfig config = load(Map.of("HOME", "/h", "PORTAL_TRUST", root.toString()));

        assertThat(config.trustAnchors()).containsExactly(root);
        assertThat(config.devMode()).isFalse();
    }

    @Test
    void whenAValueIsWrong_thenTheErrorNamesItsKey() {
        assertRefused(dev("PORTAL_PORT", "eighty"), "PORTAL_PORT", "whole number");
        assertRefused(dev("PORTAL_PORT", "70000"), "PORTAL_PORT", "between 1 and 65535");
        assertRefused(dev("PORTAL_LOCKOUT", "10 minutes"), "PORTAL_LOCKOUT", "ISO-8601");
        assertRefused(dev("PORTAL_LOCKOUT", "PT0S"), "PORTAL_LOCKOUT", "positive");
        assertRefused(dev("PORTAL_BRIDGE_URL", "https://127.0.0.1:13579/"), "PORTAL_BRIDGE_URL", "WebSocket");
        assertRefused(dev("PORTAL_DB_URL", "jdbc:mysql://db/portal"), "PORTAL_DB_URL", "PostgreSQL");
        assertRefused(dev("PORTAL_DB_URL", "jdbc:postgresql://db/portal"), "PORTAL_DB_USER", "required");
        assertRefused(dev("PORTAL_ORIGIN", "https://portal.example.kz/login"), "PORTAL_ORIGIN", "no path");
        assertRefused(dev("PORTAL_DEV", "yes"), "PORTAL_DEV", "true or false");
        assertRefused(dev("PORTAL_TRUST", "/no/such/root.pem"), "PORTAL_TRUST", "/no/such/root.pem");
        assertRefused(Map.of("HOME", "/h"), "PORTAL_TRUST", "outside dev mode");
        assertRefused(dev("PORTAL_MAIL_FROM", "portal"), "PORTAL_MAIL_FROM", "e-mail");
        assertRefused(dev("PORTAL_REGISTERS_URL", "ftp://registers/"), "PORTAL_REGISTERS_URL", "http(s)");
        assertRefused(dev("PORTAL_REGISTERS_URL", "http://bad host/"), "PORTAL_REGISTERS_URL", "bad host");
        assertRefused(dev("PORTAL_REGISTERS_URL", "registers.example.kz"), "PORTAL_REGISTERS_URL", "http(s)");
    }

    @Test
    void whenTheRegistersUrlIsGiven_thenItIsAValidatedUri() {
        assertThat(load(dev()).registersUrl()).isEmpty();
        assertThat(load(dev("PORTAL_REGISTERS_URL", "https://registers.example.kz:8443/api/"))
                        .registersUrl())
                .contains(java.net.URI.create("https://registers.example.kz:8443/api/"));
    }

    @Test
    void whenTheCommandLineHasAnUnknownArgument_thenItIsNamed() {
        assertThatThrownBy(() -> load(dev(), "--demo-mode"))
                .isInstanceOf(PortalConfigException.class)
                .hasMessageContaining("--demo-mode");
    }

    private static void assertRefused(Map<String, String> env, String key, String problem) {
        assertThatThrownBy(() -> load(env))
                .isInstanceOf(PortalConfigException.class)
                .hasMessageStartingWith(key + ":")
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(((PortalConfigException) e).key()).isEqualTo(key));
    }

    @Test
    void whenTheSignaturePolicyIsNotSet_thenRevocationIsHardAndNothingElseIsRequired() {
        PortalConfig.SignaturePolicy policy = load(dev()).signatures();

        assertThat(policy).isEqualTo(PortalConfig.SignaturePolicy.defaults());
        assertThat(policy.hardRevocation()).isTrue();
        assertThat(policy.legalEntityGostOnly()).isFalse();
        assertThat(policy.timestampRequired()).isFalse();
    }

    @Test
    void whenTheSignaturePolicyIsSet_thenItIsRead() {
        PortalConfig.SignaturePolicy policy = load(dev(
                        "PORTAL_SIGNATURE_REVOCATION", "SOFT",
                        "PORTAL_SIGNATURE_LEGAL_ALGORITHM", "GOST",
                        "PORTAL_SIGNATURE_TIMESTAMP", "true"))
                .signatures();

        assertThat(policy).isEqualTo(new PortalConfig.SignaturePolicy(false, true, true));
    }

    @Test
    void whenASignaturePolicyValueIsWrong_thenItsKeyIsNamed() {
        assertThatThrownBy(() -> load(dev("PORTAL_SIGNATURE_REVOCATION", "sometimes")))
                .isInstanceOf(PortalConfigException.class)
                .hasMessageContaining("PORTAL_SIGNATURE_REVOCATION");
        assertThatThrownBy(() -> load(dev("PORTAL_SIGNATURE_LEGAL_ALGORITHM", "RSA")))
                .isInstanceOf(PortalConfigException.class)
                .hasMessageContaining("PORTAL_SIGNATURE_LEGAL_ALGORITHM");
        assertThatThrownBy(() -> load(dev("PORTAL_SIGNATURE_TIMESTAMP", "yes")))
                .isInstanceOf(PortalConfigException.class)
                .hasMessageContaining("PORTAL_SIGNATURE_TIMESTAMP");
    }

    @Test
    void theSignaturePolicyReachesTheSigningSettings() {
        PortalConfig config = load(dev(
                "PORTAL_SIGNATURE_REVOCATION", "SOFT",
                "PORTAL_SIGNATURE_LEGAL_ALGORITHM", "GOST",
                "PORTAL_SIGNATURE_TIMESTAMP", "true"));

        kz.qoltanba.portal.signing.SigningSettings settings = kz.qoltanba.portal.signing.PortalSigning.settings(
                config,
                new TrustAnchors(kz.qoltanba.portal.testutil.TestPki.get().trustAnchors()),
                java.util.Optional.empty());

        assertThat(settings.revocation()).isEqualTo(kz.qoltanba.signing.validation.RevocationPolicy.SOFT);
        assertThat(settings.legalEntityAlgorithm())
                .isEqualTo(kz.qoltanba.portal.signing.SigningSettings.AlgorithmRule.GOST);
        assertThat(settings.timestampRequired()).isTrue();
    }
}

package kz.qoltanba.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.devpki.DevPki;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustAnchorsTest {
    static DevPki pki;

    @BeforeAll
    static void generate() throws Exception {
        pki = DevPki.generate(
                URI.create("http://127.0.0.1:9/"), Clock.systemUTC(), new SecureRandom(), Set.of(KeyAlgorithm.RSA));
    }

    private static PortalConfig trusting(Path... files) {
        String list = String.join(
                ",", java.util.Arrays.stream(files).map(Path::toString).toList());
        return PortalConfig.load(Map.of("HOME", "/h", "PORTAL_TRUST", list), Map.of(), List.of());
    }

    private static String pem(X509Certificate certificate) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }

    @Test
    void whenPemFilesAreConfigured_thenEveryCertificateInThemIsAnAnchor(@TempDir Path dir) throws Exception {
        X509Certificate root = pki.root(KeyAlgorithm.RSA).certificate();
        X509Certificate intermediate = pki.intermediate(KeyAlgorithm.RSA).certificate();
        Path file = Files.writeString(dir.resolve("roots.pem"), pem(root) + pem(intermediate));

        TrustAnchors anchors = TrustAnchors.load(trusting(file), Optional.empty());

        assertThat(anchors.certificates()).containsExactly(root, intermediate);
    }

    @Test
    void whenInDevMode_thenTheDevPkiRootIsTrusted() {
        PortalConfig dev = PortalConfig.load(Map.of("HOME", "/h", "PORTAL_DEV", "true"), Map.of(), List.of());

        TrustAnchors anchors = TrustAnchors.load(dev, Optional.of(pki));

        assertThat(anchors.certificates())
                .containsExactly(pki.root(KeyAlgorithm.RSA).certificate());
    }

    @Test
    void whenAFileHoldsNoCertificate_thenTheStartIsRefusedNamingTheKeyAndFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("notes.pem"), "not a certificate\n");
        PortalConfig config = trusting(file);

        assertThatThrownBy(() -> TrustAnchors.load(config, Optional.empty()))
                .isInstanceOf(PortalConfigException.class)
                .hasMessageStartingWith("PORTAL_TRUST:")
                .hasMessageContaining("notes.pem");
    }
}

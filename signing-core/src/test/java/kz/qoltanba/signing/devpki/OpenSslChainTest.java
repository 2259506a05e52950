package kz.qoltanba.signing.devpki;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OpenSSL, an independent implementation, judges the RSA hierarchy and its CRL. */
class OpenSslChainTest {
    private static final Instant NOW = Instant.parse("2026-03-15T10:00:00Z");
    private static final String AT = Long.toString(NOW.getEpochSecond() + 60);
    private static DevPki pki;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() throws Exception {
        DevPkiTools.requireTool("openssl");
        pki = DevPki.generate(
                URI.create("http://127.0.0.1:8099/"),
                Clock.fixed(NOW, ZoneOffset.UTC),
                new SecureRandom(),
                Set.of(KeyAlgorithm.RSA));
    }

    @Test
    void whenCurrentPersonaIsChecked_thenOpenSslVerifiesTheChain() throws Exception {
        DevPkiTools.Result result = verify(Persona.LEGAL_HEAD, false);
        assertThat(result.output()).contains("leaf.pem: OK");
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void whenRevokedPersonaIsCheckedAgainstTheCrl_thenOpenSslReportsRevoked() throws Exception {
        assertThat(verify(Persona.INDIVIDUAL_SIGN, true).exitCode()).isZero();
        DevPkiTools.Result result = verify(Persona.REVOKED, true);
        assertThat(result.output()).contains("certificate revoked");
        assertThat(result.exitCode()).isNotZero();
    }

    @Test
    void whenExpiredPersonaIsChecked_thenOpenSslRejectsIt() throws Exception {
        DevPkiTools.Result result = verify(Persona.EXPIRED, false);
        assertThat(result.output()).contains("certificate has expired");
        assertThat(result.exitCode()).isNotZero();
    }

    @Test
    void whenUntrustedPersonaIsChecked_thenOpenSslFindsNoTrustedIssuer() throws Exception {
        DevPkiTools.Result result = verify(Persona.UNTRUSTED, false);
        assertThat(result.output()).contains("unable to get local issuer certificate");
        assertThat(result.exitCode()).isNotZero();
    }

    private DevPkiTools.Result verify(Persona persona, boolean withCrl) throws Exception {
        write("root.pem", pki.root(KeyAlgorithm.RSA).certificate());
        write("nca.pem", pki.intermediate(KeyAlgorithm.RSA).certificate());
        write("leaf.pem", pki.persona(persona, KeyAlgorithm.RSA).certificate());
        Files.writeString(
                dir.resolve("crl.pem"),
                PkiExport.pem("X509 CRL", pki.crl(KeyAlgorithm.RSA).getEncoded()),
                StandardCharsets.US_ASCII);
        return withCrl
                ? DevPkiTools.run(
                        dir,
                        "openssl",
                        "verify",
                        "-attime",
                        AT,
                        "-CAfile",
                        "root.pem",
                        "-untrusted",
                        "nca.pem",
                        "-crl_check",
                        "-CRLfile",
                        "crl.pem",
                        "leaf.pem")
                : DevPkiTools.run(
                        dir,
                        "openssl",
                        "verify",
                        "-attime",
                        AT,
                        "-CAfile",
                        "root.pem",
                        "-untrusted",
                        "nca.pem",
                        "leaf.pem");
    }

    private void write(String file, X509Certificate certificate) throws Exception {
        Files.writeString(
                dir.resolve(file), PkiExport.pem("CERTIFICATE", certificate.getEncoded()), StandardCharsets.US_ASCII);
    }
}

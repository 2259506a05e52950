package kz.qoltanba.bridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.devpki.DevPki;
import kz.qoltanba.signing.devpki.DevPkiServer;
import kz.qoltanba.signing.validation.RevocationTransport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code sign} and {@code verify} against the development PKI over real HTTP (OCSP with nonce, an RFC
 * 3161 TSA), and CMS made by {@code sign} checked by {@code openssl cms -verify}.
 */
class DevPkiCommandIT {
    private static final String PASSWORD_ENV = "DEV_KEY_PASSWORD";
    private static final String PASSWORD = "dev-secret-1";
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @TempDir
    static Path pkiDir;

    private static DevPkiServer server;
    private static DevPki pki;

    @TempDir
    Path dir;

    private final CliRun cli =
            new CliRun(Map.of(PASSWORD_ENV, PASSWORD), NOW, RevocationTransport.http(Duration.ofSeconds(5)));

    @BeforeAll
    static void startPki() throws Exception {
        server = DevPkiServer.start(0, Clock.fixed(NOW, ZoneOffset.UTC), new SecureRandom());
        pki = server.pki();
        pki.exportTo(pkiDir, PASSWORD.toCharArray());
        for (KeyAlgorithm algorithm : pki.algorithms()) {
            pem(pki.root(algorithm).certificate(), folder(algorithm).resolve("root-anchor.pem"));
        }
    }

    @AfterAll
    static void stopPki() {
        if (server != null) {
            server.close();
        }
    }

    private static Path folder(KeyAlgorithm algorithm) {
        return pkiDir.resolve(algorithm == KeyAlgorithm.RSA ? "rsa" : "gost");
    }

    private static void pem(X509Certificate certificate, Path file) throws Exception {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded());
        Files.writeString(file, "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n");
    }

    private Path document() throws Exception {
        return Files.writeString(dir.resolve("doc.txt"), "шарт №42 " + dir, StandardCharsets.UTF_8);
    }

    private CliRun.Result sign(KeyAlgorithm algorithm, String persona, Path in, Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "sign",
                "--keystore",
                folder(algorithm).resolve(persona + ".p12").toString(),
                "--password-env",
                PASSWORD_ENV,
                "--in",
                in.toString(),
                "--out",
                out.toString()));
        args.addAll(List.of(extra));
        return cli.run(args.toArray(String[]::new));
    }

    private CliRun.Result verify(KeyAlgorithm algorithm, Path signature, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "verify",
                "--in",
                signature.toString(),
                "--trust",
                folder(algorithm).resolve("root-anchor.pem").toString(),
                "--revocation",
                "hard"));
        args.addAll(List.of(extra));
        return cli.run(args.toArray(String[]::new));
    }

    @ParameterizedTest
    @EnumSource(names = {"RSA", "GOST2015_512"})
    void whenSignedWithATimestampAndCheckedOverHttp_thenTotalPassedWithTimestampAndOcsp(KeyAlgorithm algorithm)
            throws Exception {
        Path cms = dir.resolve("doc.cms");

        CliRun.Result signed = sign(
                algorithm,
                "legal_head",
                document(),
                cms,
                "--format",
                "cms",
                "--tsa",
                pki.tsaUrl(algorithm).toString());
        CliRun.Result verified = verify(algorithm, cms, "--purpose", "sign");

        assertThat(signed.code()).as(signed.err()).isZero();
        assertThat(verified.code()).as(verified.out()).isZero();
        assertThat(verified.out())
                .startsWith("TOTAL_PASSED")
                .contains("TIMESTAMP: PASSED")
                .contains("OCSP: good");
    }

    @ParameterizedTest
    @EnumSource(names = {"RSA", "GOST2015_512"})
    void whenTheSignerIsRevoked_thenOcspMakesItExit1Revoked(KeyAlgorithm algorithm) throws Exception {
        Path cms = dir.resolve("doc.cms");

        assertThat(sign(algorithm, "revoked", document(), cms, "--format", "cms")
                        .code())
                .isZero();
        CliRun.Result verified = verify(algorithm, cms);

        assertThat(verified.code()).isEqualTo(1);
        assertThat(verified.out()).startsWith("TOTAL_FAILED REVOKED");
    }

    @ParameterizedTest
    @EnumSource(names = {"RSA", "GOST2015_512"})
    void whenXmlIsSignedAndVerified_thenItPassesAndTamperingFails(KeyAlgorithm algorithm) throws Exception {
        Path xml = Files.writeString(dir.resolve("doc.xml"), "<order><sum>42</sum></order>");
        Path signed = dir.resolve("signed.xml");

        assertThat(sign(algorithm, "individual_sign", xml, signed, "--format", "xml")
                        .code())
                .isZero();
        Path tampered = Files.writeString(
                dir.resolve("tampered.xml"), Files.readString(signed).replace("<sum>42</sum>", "<sum>43</sum>"));

        CliRun.Result good = verify(algorithm, signed);
        assertThat(good.code()).as(good.out()).isZero();
        CliRun.Result bad = verify(algorithm, tampered);
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.out()).startsWith("TOTAL_FAILED HASH_FAILURE");
    }

    @Test
    void whenTheCertificateHasExpired_thenSignRefusesIt() throws Exception {
        CliRun.Result refused = sign(KeyAlgorithm.RSA, "expired", document(), dir.resolve("x.cms"), "--format", "cms");

        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err()).contains("expired");
    }

    @Test
    void whenOpensslVerifiesACmsMadeBySign_thenAttachedAndDetachedPassAndOtherContentFails() throws Exception {
        CliTools.require("openssl");
        Path content = document();
        Path attached = dir.resolve("attached.cms");
        Path detached = dir.resolve("detached.p7s");
        Path pem = dir.resolve("attached.pem");
        assertThat(sign(KeyAlgorithm.RSA, "legal_head", content, attached, "--format", "cms")
                        .code())
                .isZero();
        assertThat(sign(KeyAlgorithm.RSA, "legal_head", content, detached, "--format", "cms", "--detached")
                        .code())
                .isZero();
        assertThat(sign(KeyAlgorithm.RSA, "legal_head", content, pem, "--format", "cms", "--out-format", "pem")
                        .code())
                .isZero();
        String root = folder(KeyAlgorithm.RSA).resolve("root-anchor.pem").toString();
        Path extracted = dir.resolve("extracted.txt");

        CliTools.Outcome der = CliTools.run(List.of(
                "openssl",
                "cms",
                "-verify",
                "-inform",
                "DER",
                "-in",
                attached.toString(),
                "-CAfile",
                root,
                "-purpose",
                "any",
                "-out",
                extracted.toString()));
        CliTools.Outcome fromPem = CliTools.run(List.of(
                "openssl",
                "cms",
                "-verify",
                "-inform",
                "PEM",
                "-in",
                pem.toString(),
                "-CAfile",
                root,
                "-purpose",
                "any",
                "-out",
                "/dev/null"));
        CliTools.Outcome separate = CliTools.run(List.of(
                "openssl",
                "cms",
                "-verify",
                "-binary",
                "-inform",
                "DER",
                "-in",
                detached.toString(),
                "-content",
                content.toString(),
                "-CAfile",
                root,
                "-purpose",
                "any",
                "-out",
                "/dev/null"));
        Path other = Files.writeString(dir.resolve("other.txt"), "something else");
        CliTools.Outcome wrong = CliTools.run(List.of(
                "openssl",
                "cms",
                "-verify",
                "-binary",
                "-inform",
                "DER",
                "-in",
                detached.toString(),
                "-content",
                other.toString(),
                "-CAfile",
                root,
                "-purpose",
                "any",
                "-out",
                "/dev/null"));

        assertThat(der.exitCode()).as(der.output()).isZero();
        assertThat(der.output()).contains("Verification successful");
        assertThat(Files.readAllBytes(extracted)).isEqualTo(Files.readAllBytes(content));
        assertThat(fromPem.exitCode()).as(fromPem.output()).isZero();
        assertThat(separate.exitCode()).as(separate.output()).isZero();
        assertThat(wrong.exitCode()).isNotZero();
        assertThat(wrong.output()).contains("verification failure");
    }

    @Test
    void whenXmlsec1VerifiesAnXmlMadeBySign_thenItPassesAndATamperedCopyFails() throws Exception {
        CliTools.require("xmlsec1");
        Path xml = Files.writeString(dir.resolve("order.xml"), "<order><sum>42</sum></order>");
        Path signed = dir.resolve("order.signed.xml");
        assertThat(sign(KeyAlgorithm.RSA, "legal_head", xml, signed, "--format", "xml")
                        .code())
                .isZero();
        Path tampered = Files.writeString(
                dir.resolve("tampered.xml"), Files.readString(signed).replace("<sum>42</sum>", "<sum>43</sum>"));
        String root = folder(KeyAlgorithm.RSA).resolve("root-anchor.pem").toString();

        CliTools.Outcome good = CliTools.run(List.of("xmlsec1", "--verify", "--trusted-pem", root, signed.toString()));
        CliTools.Outcome bad = CliTools.run(List.of("xmlsec1", "--verify", "--trusted-pem", root, tampered.toString()));

        assertThat(good.exitCode()).as(good.output()).isZero();
        assertThat(good.output()).contains("OK");
        assertThat(bad.exitCode()).isNotZero();
    }
}

package kz.qoltanba.signing.cms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.devpki.DevPki;
import kz.qoltanba.signing.devpki.Persona;
import kz.qoltanba.signing.token.KeyEntry;
import kz.qoltanba.signing.validation.CheckName;
import kz.qoltanba.signing.validation.CmsVerifier;
import kz.qoltanba.signing.validation.Indication;
import kz.qoltanba.signing.validation.Outcome;
import kz.qoltanba.signing.validation.RevocationPolicy;
import kz.qoltanba.signing.validation.SubIndication;
import kz.qoltanba.signing.validation.ValidationReport;
import kz.qoltanba.signing.validation.VerificationOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CMS made by OpenSSL (RSA, and GOST-2012 through its GOST engine) is verified by our verifier. */
class OpensslMadeCmsVerificationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-01T00:00:00Z"), ZoneOffset.UTC);
    private static final byte[] CONTENT = "Өтінім № 42: жеткізушіні тіркеу".getBytes(StandardCharsets.UTF_8);

    private static DevPki pki;

    @TempDir
    Path dir;

    @BeforeAll
    static void generatePki() throws Exception {
        pki = DevPki.generate(URI.create("http://127.0.0.1:9/"), CLOCK, new SecureRandom(), Set.of(KeyAlgorithm.RSA));
    }

    @Test
    void whenOpensslSignsAttachedRsaCms_thenWeVerifyItAsTotalPassed() throws Exception {
        CmsTools.requireOpenssl();
        byte[] cms = opensslSign(List.of("-nodetach"));

        ValidationReport report = CmsVerifier.create().verify(cms, Optional.empty(), rsaOptions());

        assertThat(report.indication()).as(report.toJson()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(report.signers().get(0).check(CheckName.SIGNATURE_VALUE).outcome())
                .isEqualTo(Outcome.PASSED);
        assertThat(report.signers().get(0).check(CheckName.CERTIFICATE_CHAIN).outcome())
                .isEqualTo(Outcome.PASSED);
    }

    @Test
    void whenOpensslSignsDetachedRsaCms_thenWeVerifyTheContentAndRejectAnother() throws Exception {
        CmsTools.requireOpenssl();
        byte[] cms = opensslSign(List.of());
        CmsVerifier verifier = CmsVerifier.create();

        ValidationReport good =
                verifier.verify(cms, Optional.of(new java.io.ByteArrayInputStream(CONTENT)), rsaOptions());
        byte[] other = CONTENT.clone();
        other[0] ^= 1;
        ValidationReport changed =
                verifier.verify(cms, Optional.of(new java.io.ByteArrayInputStream(other)), rsaOptions());

        assertThat(good.indication()).as(good.toJson()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(changed.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(changed.subIndication()).contains(SubIndication.HASH_FAILURE);
    }

    @Test
    void whenOpensslGostEngineSignsGost2012Cms_thenOurSignatureCheckPasses() throws Exception {
        CmsTools.requireGostEngine();
        Path key = dir.resolve("gost.key");
        Path cert = dir.resolve("gost.pem");
        run(List.of(
                "openssl",
                "req",
                "-engine",
                "gost",
                "-x509",
                "-newkey",
                "gost2012_256",
                "-pkeyopt",
                "paramset:A",
                "-nodes",
                "-keyout",
                key.toString(),
                "-out",
                cert.toString(),
                "-subj",
                "/CN=GOST 2012 signer/C=KZ",
                "-days",
                "30",
                "-md_gost12_256"));
        Path in = Files.write(dir.resolve("content.bin"), CONTENT);
        Path out = dir.resolve("gost.cms");
        run(List.of(
                "openssl",
                "cms",
                "-engine",
                "gost",
                "-sign",
                "-binary",
                "-nodetach",
                "-md",
                "md_gost12_256",
                "-in",
                in.toString(),
                "-signer",
                cert.toString(),
                "-inkey",
                key.toString(),
                "-outform",
                "DER",
                "-out",
                out.toString()));

        ValidationReport report = CmsVerifier.create()
                .verify(
                        Files.readAllBytes(out),
                        Optional.empty(),
                        VerificationOptions.builder()
                                .revocationPolicy(RevocationPolicy.OFF)
                                .build());

        assertThat(report.signers()).hasSize(1);
        assertThat(report.signers().get(0).check(CheckName.MESSAGE_DIGEST).outcome())
                .as(report.toJson())
                .isEqualTo(Outcome.PASSED);
        assertThat(report.signers().get(0).check(CheckName.SIGNATURE_VALUE).outcome())
                .as(report.toJson())
                .isEqualTo(Outcome.PASSED);
        assertThat(report.signers().get(0).certificateInfo().orElseThrow().keyAlgorithm())
                .isEqualTo(KeyAlgorithm.GOST2012_256);
    }

    private byte[] opensslSign(List<String> extra) throws Exception {
        KeyEntry signer = pki.persona(Persona.LEGAL_HEAD, KeyAlgorithm.RSA).keyEntry();
        Path key = CmsTools.writePem(
                dir.resolve("key.pem"), "PRIVATE KEY", signer.privateKey().getEncoded());
        Path cert = CmsTools.writePem(
                dir.resolve("cert.pem"), "CERTIFICATE", signer.certificate().getEncoded());
        Path in = Files.write(dir.resolve("content.bin"), CONTENT);
        Path out = dir.resolve("openssl.cms");
        List<String> command = new java.util.ArrayList<>(List.of(
                "openssl",
                "cms",
                "-sign",
                "-binary",
                "-md",
                "sha256",
                "-in",
                in.toString(),
                "-signer",
                cert.toString(),
                "-inkey",
                key.toString(),
                "-outform",
                "DER",
                "-out",
                out.toString()));
        command.addAll(extra);
        run(command);
        return Files.readAllBytes(out);
    }

    private static VerificationOptions rsaOptions() {
        return VerificationOptions.builder()
                .trustAnchor(pki.root(KeyAlgorithm.RSA).certificate())
                .extraCertificate(pki.intermediate(KeyAlgorithm.RSA).certificate())
                .revocationPolicy(RevocationPolicy.OFF)
                .clock(CLOCK)
                .build();
    }

    private static void run(List<String> command) {
        CmsTools.Result result = CmsTools.run(command);
        assertThat(result.exitCode()).as(result.output()).isZero();
    }
}

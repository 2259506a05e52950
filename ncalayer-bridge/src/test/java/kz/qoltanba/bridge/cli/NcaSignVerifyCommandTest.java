package kz.qoltanba.bridge.cli;

import static kz.qoltanba.bridge.cli.CliFixtures.PASSWORD_ENV;
import static kz.qoltanba.bridge.cli.CliFixtures.gost2015;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code sign} then {@code verify} with every real NCA GOST-2015 test key, judged at the fixtures' instant
 * with NCA's root as the only anchor and NCA's CRL (which also lists two "valid" keys: trust the CRL).
 */
class NcaSignVerifyCommandTest {
    private static final Set<String> REVOKED = Set.of(
            "individual__revoked__individual_revoked.p12",
            "legal__revoked__head.p12",
            "legal__revoked__employee_signright.p12",
            "legal__revoked__employee.p12",
            "legal__revoked__infosystem.p12",
            "legal__revoked__treasury_client.p12",
            "legal__valid__infosystem.p12",
            "legal__valid__employee.p12");

    @TempDir
    Path dir;

    private final CliRun cli = CliRun.offlineAtGost2015Instant();

    static Stream<Path> keyFiles() throws IOException {
        try (Stream<Path> files = Files.list(gost2015(""))) {
            List<Path> keys =
                    files.filter(p -> p.toString().endsWith(".p12")).sorted().toList();
            assertThat(keys).hasSize(12);
            return keys.stream();
        }
    }

    private Path document() throws IOException {
        return Files.writeString(dir.resolve("doc.txt"), "Qoltanba command line " + dir, StandardCharsets.UTF_8);
    }

    private CliRun.Result sign(Path key, Path in, Path out, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "sign",
                "--keystore",
                key.toString(),
                "--password-env",
                PASSWORD_ENV,
                "--in",
                in.toString(),
                "--out",
                out.toString()));
        args.addAll(List.of(extra));
        return cli.run(args.toArray(String[]::new));
    }

    private CliRun.Result verifyWithNcaRoot(Path signature, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "verify",
                "--in",
                signature.toString(),
                "--trust",
                gost2015("root_test_gost_2022.cer").toString(),
                "--cert",
                gost2015("nca_gost2022_test.cer").toString(),
                "--crl",
                gost2015("nca_gost2022_test.crl").toString(),
                "--at",
                "2026-09-01T00:00:00Z"));
        args.addAll(List.of(extra));
        return cli.run(args.toArray(String[]::new));
    }

    @ParameterizedTest
    @MethodSource("keyFiles")
    void whenARealNcaKeySignsCms_thenValidKeysExit0AndRevokedOnesExit1Revoked(Path key) throws Exception {
        Path cms = dir.resolve("doc.cms");

        CliRun.Result signed = sign(key, document(), cms, "--format", "cms");
        CliRun.Result verified = verifyWithNcaRoot(cms);

        assertThat(signed.code()).as(signed.err()).isZero();
        assertThat(Files.readAllBytes(cms)[0]).as("DER by default").isEqualTo((byte) 0x30);
        if (REVOKED.contains(key.getFileName().toString())) {
            assertThat(verified.code()).as(verified.out() + verified.err()).isEqualTo(1);
            assertThat(verified.out()).startsWith("TOTAL_FAILED REVOKED");
        } else {
            assertThat(verified.code()).as(verified.out() + verified.err()).isZero();
            assertThat(verified.out()).startsWith("TOTAL_PASSED").contains("CERTIFICATE_CHAIN: PASSED");
        }
    }

    @ParameterizedTest
    @MethodSource("keyFiles")
    void whenARealNcaKeySignsXml_thenTheVerdictFollowsTheCrl(Path key) throws Exception {
        Path xml = Files.writeString(dir.resolve("doc.xml"), "<root><name>Qoltanba</name></root>");
        Path signed = dir.resolve("signed.xml");

        assertThat(sign(key, xml, signed, "--format", "xml").code()).isZero();
        CliRun.Result verified = verifyWithNcaRoot(signed);

        assertThat(Files.readString(signed)).contains("<ds:Signature").contains("<name>Qoltanba</name>");
        boolean revoked = REVOKED.contains(key.getFileName().toString());
        assertThat(verified.code()).as(verified.out()).isEqualTo(revoked ? 1 : 0);
        assertThat(verified.out()).startsWith(revoked ? "TOTAL_FAILED REVOKED" : "TOTAL_PASSED");
    }

    @Test
    void whenDetachedCmsIsVerified_thenOnlyTheSignedContentPasses() throws Exception {
        Path key = gost2015("legal__valid__head.p12");
        Path content = document();
        Path cms = dir.resolve("doc.p7s");
        Path other = Files.writeString(dir.resolve("other.txt"), "not what was signed");

        assertThat(sign(key, content, cms, "--format", "cms", "--detached").code())
                .isZero();

        assertThat(verifyWithNcaRoot(cms, "--content", content.toString()).code())
                .isZero();
        CliRun.Result wrong = verifyWithNcaRoot(cms, "--content", other.toString());
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.out()).startsWith("TOTAL_FAILED HASH_FAILURE");
        CliRun.Result missing = verifyWithNcaRoot(cms);
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.out()).startsWith("INDETERMINATE SIGNED_DATA_NOT_FOUND");
    }

    @Test
    void whenOutFormatIsPemOrBase64_thenVerifyReadsThemAsWell() throws Exception {
        Path key = gost2015("individual__valid__individual_valid.p12");
        Path pem = dir.resolve("doc.pem");
        Path base64 = dir.resolve("doc.b64");

        assertThat(sign(key, document(), pem, "--format", "cms", "--out-format", "pem")
                        .code())
                .isZero();
        assertThat(sign(key, document(), base64, "--format", "cms", "--out-format", "base64")
                        .code())
                .isZero();

        assertThat(Files.readString(pem)).startsWith("-----BEGIN CMS-----");
        assertThat(Files.readString(base64)).startsWith("MI");
        assertThat(verifyWithNcaRoot(pem).code()).isZero();
        assertThat(verifyWithNcaRoot(base64).code()).isZero();
    }

    @Test
    void whenOnlyTheIntermediateIsTrusted_thenTheChainEndsThereAndPasses() throws Exception {
        Path cms = dir.resolve("doc.cms");
        assertThat(sign(gost2015("legal__valid__head.p12"), document(), cms, "--format", "cms")
                        .code())
                .isZero();

        CliRun.Result intermediate = cli.run(
                "verify",
                "--in",
                cms.toString(),
                "--trust",
                gost2015("nca_gost2022_test.cer").toString(),
                "--crl",
                gost2015("nca_gost2022_test.crl").toString(),
                "--at",
                "2026-09-01",
                "--revocation",
                "hard");
        CliRun.Result noAnchor = cli.run("verify", "--in", cms.toString(), "--at", "2026-09-01", "--revocation", "off");

        assertThat(intermediate.code()).as(intermediate.out()).isZero();
        assertThat(noAnchor.code()).isEqualTo(1);
        assertThat(noAnchor.out()).startsWith("INDETERMINATE NO_CERTIFICATE_CHAIN_FOUND");
    }

    @Test
    void whenPurposeIsRequired_thenAnAuthRequirementFailsASigningKey() throws Exception {
        Path cms = dir.resolve("doc.cms");
        assertThat(sign(gost2015("legal__valid__head.p12"), document(), cms, "--format", "cms")
                        .code())
                .isZero();

        CliRun.Result sign = verifyWithNcaRoot(cms, "--purpose", "sign");
        CliRun.Result auth = verifyWithNcaRoot(cms, "--purpose", "auth");

        assertThat(sign.code()).as(sign.out()).isZero();
        assertThat(auth.code()).isEqualTo(1);
        assertThat(auth.out()).startsWith("TOTAL_FAILED WRONG_KEY_PURPOSE");
    }

    @Test
    void whenJsonIsAsked_thenTheWholeReportIsPrinted() throws Exception {
        Path cms = dir.resolve("doc.cms");
        assertThat(sign(gost2015("legal__revoked__head.p12"), document(), cms, "--format", "cms")
                        .code())
                .isZero();

        CliRun.Result verified = verifyWithNcaRoot(cms, "--json");

        assertThat(verified.code()).isEqualTo(1);
        var report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(verified.out());
        assertThat(report.get("indication").asText()).isEqualTo("TOTAL_FAILED");
        assertThat(report.get("subIndication").asText()).isEqualTo("REVOKED");
        assertThat(report.get("signers").get(0).get("holder").get("iin").asText())
                .isEqualTo("123456789011");
        assertThat(report.get("signers").get(0).get("chain")).hasSize(3);
    }
}

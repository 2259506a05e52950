package kz.qoltanba.bridge.cli;

import static kz.qoltanba.bridge.cli.CliFixtures.PASSWORD_ENV;
import static kz.qoltanba.bridge.cli.CliFixtures.gost2015;
import static kz.qoltanba.bridge.cli.CliFixtures.kalkan2020;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * {@code cert-info} and {@code keys} on real NCA certificates; expected values read by hand from
 * {@code openssl x509 -noout -serial -dates -subject -ext extendedKeyUsage,keyUsage}.
 */
class CertInfoCommandTest {
    private static final String KALKAN_AUTH =
            "organization__active__AUTH_RSA256_d682726b55b3e62600ea8fe1c74e75fc96f47790";

    private final CliRun cli = CliRun.offlineAtGost2015Instant();

    private JsonNode json(CliRun.Result result) throws Exception {
        assertThat(result.code()).as(result.err()).isZero();
        return new ObjectMapper().readTree(result.out());
    }

    private JsonNode certInfo(String file) throws Exception {
        return json(cli.run("cert-info", "--cert", file, "--json"));
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }

    @Test
    void whenALegalEntityHeadCertificateIsShown_thenEveryFieldIsNcaS() throws Exception {
        JsonNode head = certInfo(gost2015("legal__valid__head.crt.pem").toString());

        assertThat(head.get("iin").asText()).isEqualTo("123456789011");
        assertThat(head.get("bin").asText()).isEqualTo("123456789021");
        assertThat(head.get("subjectType").asText()).isEqualTo("LEGAL_ENTITY");
        assertThat(head.get("keyPurpose").asText()).isEqualTo("SIGN");
        assertThat(strings(head.get("roles"))).containsExactly("LEGAL_ENTITY", "HEAD");
        assertThat(head.get("algorithm").asText()).isEqualTo("GOST2015_512");
        assertThat(head.get("notBefore").asText()).isEqualTo("2026-05-08T07:10:15Z");
        assertThat(head.get("notAfter").asText()).isEqualTo("2027-05-08T07:10:15Z");
        assertThat(head.get("serialNumber").asText()).isEqualTo("303eebdf17969f3edede9bd9828fb1355aabbe4e");
        assertThat(head.get("subjectDn").asText())
                .contains("CN=ТЕСТОВ ТЕСТ", "SERIALNUMBER=IIN123456789011", "OU=BIN123456789021");
        assertThat(head.get("issuerDn").asText()).contains("(GOST) TEST 2022");
    }

    @Test
    void whenAnIndividualCertificateIsShown_thenBinIsNull() throws Exception {
        JsonNode individual =
                certInfo(gost2015("individual__valid__individual_valid.crt.pem").toString());

        assertThat(individual.get("iin").asText()).isEqualTo("123456789011");
        assertThat(individual.get("bin").isNull()).isTrue();
        assertThat(individual.get("subjectType").asText()).isEqualTo("INDIVIDUAL");
        assertThat(strings(individual.get("roles"))).containsExactly("INDIVIDUAL");
        assertThat(individual.get("serialNumber").asText()).isEqualTo("6c425659bd2fc6dc587b871aede1857727cf8451");
    }

    @Test
    void whenTheInfosystemFileIsShown_thenTheCertificateDecidesTheRole() throws Exception {
        JsonNode swapped = certInfo(gost2015("legal__valid__infosystem.crt.pem").toString());

        assertThat(swapped.get("iin").asText()).isEqualTo("123456789012");
        assertThat(strings(swapped.get("roles"))).contains("TREASURY_CLIENT").doesNotContain("INFORMATION_SYSTEM");
    }

    @Test
    void whenOldKalkanCertificatesAreShown_thenRsaAndGost2004AndAuthAreReported() throws Exception {
        JsonNode auth = certInfo(kalkan2020(KALKAN_AUTH + ".crt.pem").toString());
        JsonNode gost =
                certInfo(kalkan2020("organization__active__GOSTKNCA_13a3741b52d7bf860aab199b56fad1f4652e357b.crt.pem")
                        .toString());

        assertThat(auth.get("algorithm").asText()).isEqualTo("RSA");
        assertThat(auth.get("keyPurpose").asText()).isEqualTo("AUTH");
        assertThat(auth.get("notAfter").asText()).isEqualTo("2021-01-27T06:23:34Z");
        assertThat(auth.get("serialNumber").asText()).isEqualTo("35588a098dbab52c87a442605f6daac22c823c6f");
        assertThat(gost.get("algorithm").asText()).isEqualTo("GOST2004");
        assertThat(gost.get("serialNumber").asText()).isEqualTo("10dcd6f16215ed03aa57856ac168adeaa534f3bf");
    }

    @Test
    void whenTheCertificateComesFromAKeyFile_thenItMatchesTheCertificateFileAndNamesTheAlias() throws Exception {
        JsonNode fromKey = json(cli.run(
                "cert-info",
                "--keystore",
                gost2015("legal__valid__head.p12").toString(),
                "--password-env",
                PASSWORD_ENV,
                "--json"));
        JsonNode fromFile = certInfo(gost2015("legal__valid__head.crt.pem").toString());

        assertThat(fromKey.get("serialNumber")).isEqualTo(fromFile.get("serialNumber"));
        assertThat(fromKey.get("alias").asText()).matches("[0-9a-f]{40}");
    }

    @Test
    void whenKeysAreListed_thenAJsonArrayHoldsOneObjectPerKey() throws Exception {
        JsonNode keys = json(cli.run(
                "keys",
                "--keystore",
                kalkan2020(KALKAN_AUTH + ".p12").toString(),
                "--password-env",
                PASSWORD_ENV,
                "--json"));

        assertThat(keys.isArray()).isTrue();
        assertThat(keys).hasSize(1);
        assertThat(keys.get(0).get("alias").asText()).isEqualTo("d682726b55b3e62600ea8fe1c74e75fc96f47790");
        assertThat(keys.get(0).get("bin").asText()).isEqualTo("123456789021");
        assertThat(keys.get(0).get("keyPurpose").asText()).isEqualTo("AUTH");
    }

    @Test
    void whenPlainOutputIsAsked_thenOneLabelledLinePerField() {
        CliRun.Result result = cli.run(
                "cert-info", "--cert", gost2015("legal__valid__head.crt.pem").toString());

        assertThat(result.code()).isZero();
        assertThat(result.out())
                .contains("IIN:           123456789011")
                .contains("BIN:           123456789021")
                .contains("Algorithm:     GOST2015_512");
    }
}

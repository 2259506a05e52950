package kz.qoltanba.signing.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The report's JSON is what the command line prints: it must parse, and escape what it quotes. */
class ReportJsonTest {
    @Test
    void whenReasonsHoldQuotesAndControlCharacters_thenTheJsonStillParsesToTheSameText() throws Exception {
        String reason = "ТОО \"ДЕВ\" \\ tab\tnewline\n bell\u0007 end";
        SignerReport signer = new SignerReport(
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.of(Instant.parse("2026-01-02T03:04:05Z")),
                Optional.empty(),
                Instant.parse("2026-06-01T00:00:00Z"),
                List.of(
                        new CheckResult(CheckName.SIGNING_CERTIFICATE, Outcome.FAILED, reason),
                        new CheckResult(CheckName.REVOCATION, Outcome.NOT_CHECKED, "policy OFF")),
                Indication.INDETERMINATE,
                Optional.of(SubIndication.NO_CERTIFICATE_CHAIN_FOUND));
        ValidationReport report = ValidationReport.of(List.of(signer));

        JsonNode json = new ObjectMapper().readTree(report.toJson());

        assertThat(json.get("indication").asText()).isEqualTo("INDETERMINATE");
        assertThat(json.get("subIndication").asText()).isEqualTo("NO_CERTIFICATE_CHAIN_FOUND");
        JsonNode first = json.get("signers").get(0);
        assertThat(first.get("certificate").isNull()).isTrue();
        assertThat(first.get("claimedSigningTime").asText()).isEqualTo("2026-01-02T03:04:05Z");
        assertThat(first.get("timestampTime").isNull()).isTrue();
        assertThat(first.get("checks").get(0).get("reason").asText()).isEqualTo(reason);
        assertThat(first.get("checks").get(1).get("outcome").asText()).isEqualTo("NOT_CHECKED");
    }

    @Test
    void whenEverySignerPassed_thenTheOverallVerdictPassesWithoutSubIndication() {
        SignerReport passed = new SignerReport(
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Instant.EPOCH,
                List.of(),
                Indication.TOTAL_PASSED,
                Optional.empty());

        ValidationReport report = ValidationReport.of(List.of(passed, passed));

        assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(report.subIndication()).isEmpty();
    }
}

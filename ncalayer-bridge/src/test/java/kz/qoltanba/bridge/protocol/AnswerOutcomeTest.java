package kz.qoltanba.bridge.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerOutcomeTest {
    private final AnswerOutcome outcomes = new AnswerOutcome();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "kz.gov.pki.knca.commonUtils|{\"code\":\"200\",\"responseObject\":\"MII\"}|answered",
                "kz.gov.pki.knca.commonUtils|{\"code\":\"500\",\"message\":\"action.canceled\"}|cancelled",
                "kz.gov.pki.knca.commonUtils|{\"code\":\"500\",\"message\":\"wrong password\"}|refused: 500",
                "kz.gov.pki.knca.basics|{\"status\":true,\"body\":{\"result\":[\"MII\"]}}|answered",
                "kz.gov.pki.knca.basics|{\"status\":true,\"body\":{}}|cancelled",
                "kz.gov.pki.knca.basics|{\"status\":false,\"code\":\"SIGNING_FAILURE\",\"message\":\"m\"}"
                        + "|refused: SIGNING_FAILURE",
                "NURSign|{\"result\":\"<a/>\",\"errorCode\":\"NONE\"}|answered",
                "NURSign|{\"result\":null,\"errorCode\":1,\"message\":\"m\"}|cancelled",
                "NURSign|{\"result\":null,\"errorCode\":14,\"message\":\"origin.denied\"}|refused: 14",
                "kz.gov.pki.ncalayerservices.accessory|{\"success\":false,\"errorCode\":\"BUSY\"}|refused: BUSY",
                "kz.gov.pki.ncalayerservices.accessory|{\"kz.qoltanba.bundle.x\":\"1.0.0\"}|answered",
                "kz.gov.pki.ncalayerservices.accessory|[\"a\"]|answered",
            })
    void whenAModuleAnswers_thenTheAuditOutcomeFollowsItsEnvelope(String module, String answer, String outcome) {
        assertThat(outcomes.of(module, answer)).isEqualTo(outcome);
    }
}

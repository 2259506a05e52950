package kz.qoltanba.portal.signing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** A verification report as the document page shows it: the verdict and every check of the (single) signer. */
public record ReportView(String indication, String subIndication, List<Check> checks) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One check: its name, PASSED / FAILED / NOT_CHECKED, and why. */
    public record Check(String name, String outcome, String reason) {}

    public ReportView {
        checks = List.copyOf(checks);
    }

    public boolean passed() {
        return "TOTAL_PASSED".equals(indication);
    }

    /** Reads the JSON of signing-core's {@code ValidationReport.toJson()}. */
    public static ReportView parse(String reportJson) {
        try {
            JsonNode root = JSON.readTree(reportJson);
            List<Check> checks = new ArrayList<>();
            for (JsonNode signer : root.path("signers")) {
                for (JsonNode check : signer.path("checks")) {
                    checks.add(new Check(
                            check.path("name").asText(),
                            check.path("outcome").asText(),
                            check.path("reason").asText()));
                }
            }
            JsonNode sub = root.path("subIndication");
            return new ReportView(root.path("indication").asText(), sub.isNull() ? "" : sub.asText(""), checks);
        } catch (Exception e) {
            throw new IllegalArgumentException("the stored verification report is not readable JSON", e);
        }
    }
}

package kz.qoltanba.signing.validation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The verdict on a signed document: the worst of its signers' verdicts (TOTAL_FAILED over
 * INDETERMINATE over TOTAL_PASSED), with the sub-indication of the first signer that has it.
 */
public record ValidationReport(
        Indication indication, Optional<SubIndication> subIndication, List<SignerReport> signers) {
    public ValidationReport {
        Objects.requireNonNull(indication, "indication");
        Objects.requireNonNull(subIndication, "subIndication");
        signers = List.copyOf(signers);
    }

    static ValidationReport of(List<SignerReport> signers) {
        Indication overall =
                signers.stream().map(SignerReport::indication).reduce(Indication.TOTAL_PASSED, Indication::worst);
        Optional<SubIndication> sub = signers.stream()
                .filter(s -> s.indication() == overall)
                .map(SignerReport::subIndication)
                .flatMap(Optional::stream)
                .findFirst();
        return new ValidationReport(overall, sub, signers);
    }

    /** The report as JSON (UTF-8 text), for the command line and the portal. */
    public String toJson() {
        return ReportJson.write(this);
    }
}

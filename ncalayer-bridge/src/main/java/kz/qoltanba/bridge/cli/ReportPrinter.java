package kz.qoltanba.bridge.cli;

import java.io.PrintWriter;
import java.util.List;
import kz.qoltanba.signing.validation.CheckResult;
import kz.qoltanba.signing.validation.SignerReport;
import kz.qoltanba.signing.validation.SubIndication;
import kz.qoltanba.signing.validation.ValidationReport;

/**
 * Prints a validation report: the whole report as JSON, or a first line with the indication and
 * sub-indication followed by one block per signer with every check and its reason.
 */
final class ReportPrinter {
    private final PrintWriter out;

    ReportPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(ValidationReport report, boolean json) {
        if (json) {
            out.println(report.toJson());
            return;
        }
        out.println(verdict(
                report.indication().name(),
                report.subIndication().map(SubIndication::name).orElse(null)));
        List<SignerReport> signers = report.signers();
        for (int i = 0; i < signers.size(); i++) {
            signer(i + 1, signers.get(i));
        }
        out.flush();
    }

    private void signer(int number, SignerReport signer) {
        String who = signer.certificateInfo()
                .map(info -> info.subjectDn() + " (serial " + info.serialNumber() + ")")
                .or(() -> signer.certificate()
                        .map(c -> c.getSubjectX500Principal().getName() + " (serial "
                                + c.getSerialNumber().toString(16) + ")"))
                .orElse("(no signer certificate)");
        out.println("Signer " + number + ": " + who);
        out.println("  "
                + verdict(
                        signer.indication().name(),
                        signer.subIndication().map(SubIndication::name).orElse(null)) + ", judged at "
                + signer.judgedAt());
        for (CheckResult check : signer.checks()) {
            out.println("  " + check.name() + ": " + check.outcome() + " - " + check.reason());
        }
    }

    private static String verdict(String indication, String subIndication) {
        return subIndication == null ? indication : indication + " " + subIndication;
    }
}

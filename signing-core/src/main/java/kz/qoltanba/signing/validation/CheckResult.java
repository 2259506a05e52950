package kz.qoltanba.signing.validation;

import java.util.Objects;

/** The outcome of one check, with a reason a person can read (why it failed or was not checked). */
public record CheckResult(CheckName name, Outcome outcome, String reason) {
    public CheckResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
    }

    static CheckResult passed(CheckName name, String reason) {
        return new CheckResult(name, Outcome.PASSED, reason);
    }

    static CheckResult failed(CheckName name, String reason) {
        return new CheckResult(name, Outcome.FAILED, reason);
    }

    static CheckResult notChecked(CheckName name, String reason) {
        return new CheckResult(name, Outcome.NOT_CHECKED, reason);
    }
}

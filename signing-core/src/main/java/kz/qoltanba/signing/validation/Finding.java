package kz.qoltanba.signing.validation;

import java.util.Optional;

/** A check's result together with the sub-indication it leads to, if any. */
record Finding(CheckResult result, Optional<SubIndication> leadsTo) {
    static Finding passed(CheckName name, String reason) {
        return new Finding(CheckResult.passed(name, reason), Optional.empty());
    }

    static Finding failed(CheckName name, SubIndication leadsTo, String reason) {
        return new Finding(CheckResult.failed(name, reason), Optional.of(leadsTo));
    }

    /** Not checked, and that alone decides nothing (e.g. no timestamp present, no purpose required). */
    static Finding skipped(CheckName name, String reason) {
        return new Finding(CheckResult.notChecked(name, reason), Optional.empty());
    }

    /** Not checked, and that makes the signature indeterminate. */
    static Finding unchecked(CheckName name, SubIndication leadsTo, String reason) {
        return new Finding(CheckResult.notChecked(name, reason), Optional.of(leadsTo));
    }

    boolean isPassed() {
        return result.outcome() == Outcome.PASSED;
    }
}

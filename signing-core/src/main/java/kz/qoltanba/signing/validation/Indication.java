package kz.qoltanba.signing.validation;

/**
 * The overall verdict, as in EU DSS's simple report. The constant names are stable: the portal and the
 * command line map them to their own codes.
 */
public enum Indication {
    /** Every check passed (under {@link RevocationPolicy#SOFT}, revocation may be NOT_CHECKED). */
    TOTAL_PASSED,
    /** A check proved the signature invalid: see the {@link SubIndication}. */
    TOTAL_FAILED,
    /** The signature could not be proved valid or invalid: see the {@link SubIndication}. */
    INDETERMINATE;

    /** The worse of two indications: TOTAL_FAILED over INDETERMINATE over TOTAL_PASSED. */
    Indication worst(Indication other) {
        return severity() >= other.severity() ? this : other;
    }

    int severity() {
        return switch (this) {
            case TOTAL_PASSED -> 0;
            case INDETERMINATE -> 1;
            case TOTAL_FAILED -> 2;
        };
    }
}

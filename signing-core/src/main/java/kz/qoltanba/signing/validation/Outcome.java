package kz.qoltanba.signing.validation;

/** The outcome of one check. A check that did not run is {@link #NOT_CHECKED}, never passed. */
public enum Outcome {
    PASSED,
    FAILED,
    NOT_CHECKED
}

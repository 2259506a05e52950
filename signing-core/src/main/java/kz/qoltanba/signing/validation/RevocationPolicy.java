package kz.qoltanba.signing.validation;

/** How much a missing revocation answer matters. */
public enum RevocationPolicy {
    /** No answer (nothing reachable, no source in the certificate) → INDETERMINATE / REVOCATION_UNAVAILABLE. */
    HARD,
    /**
     * No answer because nothing was reachable or no source exists → revocation NOT_CHECKED with the
     * reason, and the signature can still be TOTAL_PASSED. An answer that was received but is invalid
     * (bad signature, unauthorised responder, stale, missing nonce) is still REVOCATION_UNAVAILABLE.
     */
    SOFT,
    /** Revocation is not checked at all (reported NOT_CHECKED); for offline use only. */
    OFF
}

package kz.qoltanba.signing.validation;

/**
 * Why a signature is not {@link Indication#TOTAL_PASSED}. The constant names are stable; each belongs
 * to exactly one indication.
 */
public enum SubIndication {
    // Declaration order is also priority order: a signer's sub-indication is the first that applies.
    /** TOTAL_FAILED: the signed content (or the given digest) does not match the messageDigest. */
    HASH_FAILURE(Indication.TOTAL_FAILED),
    /** TOTAL_FAILED: the signature value does not verify under the signer's public key. */
    SIG_CRYPTO_FAILURE(Indication.TOTAL_FAILED),
    /** TOTAL_FAILED: the signer's certificate was revoked at or before the judged signing time. */
    REVOKED(Indication.TOTAL_FAILED),
    /** TOTAL_FAILED: the signer's certificate had expired at the judged signing time. */
    EXPIRED(Indication.TOTAL_FAILED),
    /** TOTAL_FAILED: the signer's certificate was not yet valid at the judged signing time. */
    NOT_YET_VALID(Indication.TOTAL_FAILED),
    /** TOTAL_FAILED: the signer's key purpose differs from the one the caller required. */
    WRONG_KEY_PURPOSE(Indication.TOTAL_FAILED),
    /**
     * INDETERMINATE: the signed content is not available: a detached signature without its content, a
     * digest given in another algorithm than the signer's, or a signer without signed attributes when
     * only a digest is given.
     */
    SIGNED_DATA_NOT_FOUND(Indication.INDETERMINATE),
    /**
     * INDETERMINATE: no chain from the signer's certificate to a configured trust anchor (no anchor
     * given, an unknown root, or no signing certificate in the CMS).
     */
    NO_CERTIFICATE_CHAIN_FOUND(Indication.INDETERMINATE),
    /**
     * INDETERMINATE: under {@link RevocationPolicy#HARD}, no usable revocation answer; under any policy,
     * a revocation answer that was received but failed its own checks (signature, responder, freshness,
     * nonce).
     */
    REVOCATION_UNAVAILABLE(Indication.INDETERMINATE),
    /** INDETERMINATE: the signature timestamp failed its own validation (imprint, signature, TSA). */
    TIMESTAMP_INVALID(Indication.INDETERMINATE);

    private final Indication indication;

    SubIndication(Indication indication) {
        this.indication = indication;
    }

    /** The indication this sub-indication belongs to. */
    public Indication indication() {
        return indication;
    }
}

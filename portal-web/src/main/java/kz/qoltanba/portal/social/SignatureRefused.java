package kz.qoltanba.portal.social;

import kz.qoltanba.portal.signing.SignatureRejectedException;

/**
 * The signing pipeline refused the signature (a V1–V12 code such as {@code CERT_BIN_MISMATCH}); the transaction
 * rolls back, so nothing changed.
 */
public final class SignatureRefused extends RuleViolation {
    private static final long serialVersionUID = 1L;
    private final String code;

    public SignatureRefused(String code, String russianText) {
        super("social.signature.refused", russianText, code);
        this.code = code;
    }

    static SignatureRefused of(SignatureRejectedException e) {
        return new SignatureRefused(e.code(), e.userMessage());
    }

    /** The pipeline's code, e.g. {@code CERT_WRONG_KEY_TYPE}. */
    public String code() {
        return code;
    }
}

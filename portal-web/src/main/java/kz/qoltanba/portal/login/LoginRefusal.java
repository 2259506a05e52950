package kz.qoltanba.portal.login;

/** Why a certificate login is refused; each has its sentence under {@code login.refused.<NAME>}. */
public enum LoginRefusal {
    /** The challenge was already used to log in. */
    REPLAYED,
    /** The challenge is older than its lifetime (5 minutes). */
    EXPIRED,
    /** The signed challenge names another portal's origin. */
    OTHER_ORIGIN,
    /** The challenge is unknown or belongs to another browser session. */
    UNKNOWN_CHALLENGE,
    /** A signing (SIGN) key where the authentication key is needed. */
    WRONG_KEY_TYPE,
    /** An individual's key where the area needs the legal entity's. */
    NOT_LEGAL_ENTITY,
    /** A legal entity's key where the area needs an individual's. */
    NOT_INDIVIDUAL,
    /** Any other verification failure: the signature's own sentence is shown. */
    SIGNATURE_REFUSED,
    /** The signature is fine but the area has no account for this holder. */
    NO_ACCOUNT;

    /** The verification code of the specification (§6.3) behind this refusal, if it has one. */
    public java.util.Optional<String> code() {
        return switch (this) {
            case REPLAYED, EXPIRED, UNKNOWN_CHALLENGE -> java.util.Optional.of("SIGN_REQUEST_INVALID");
            case WRONG_KEY_TYPE -> java.util.Optional.of("CERT_WRONG_KEY_TYPE");
            case NOT_LEGAL_ENTITY -> java.util.Optional.of("CERT_NOT_LEGAL_ENTITY");
            case NOT_INDIVIDUAL -> java.util.Optional.of("CERT_NOT_INDIVIDUAL");
            default -> java.util.Optional.empty();
        };
    }

    public String messageKey() {
        return "login.refused." + name();
    }
}

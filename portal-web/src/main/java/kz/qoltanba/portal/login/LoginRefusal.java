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

    public String messageKey() {
        return "login.refused." + name();
    }
}

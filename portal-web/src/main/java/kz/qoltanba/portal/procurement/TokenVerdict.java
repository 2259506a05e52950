package kz.qoltanba.portal.procurement;

/** Why a presented one-time token was or was not accepted. */
public enum TokenVerdict {
    ACCEPTED,
    /** No such token (mistyped, or for another purpose). */
    UNKNOWN,
    /** Already used once. */
    USED,
    /** Past its expiry. */
    EXPIRED
}

package kz.qoltanba.portal.procurement.account;

/**
 * The states of a procurement user account (spec §3.12). {@link #LOCKED} is never stored: an account is
 * locked while its {@code lockedUntil} lies in the future, and returns to its stored state when it passes
 * (transition U8 needs no job).
 */
public enum AccountStatus {
    /** Registered; the activation link has not been followed yet (U3). */
    REGISTERED_EMAIL_UNCONFIRMED,
    /** The e-mail address is confirmed (U5). */
    ACTIVE,
    /** Too many consecutive wrong passwords (U7); until {@code lockedUntil}. */
    LOCKED
}

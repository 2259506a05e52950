package kz.qoltanba.bridge.origin;

/** The user's answer to the origin consent question. */
public enum Consent {
    ALLOW_ONCE,
    ALLOW_ALWAYS,
    DENY
}

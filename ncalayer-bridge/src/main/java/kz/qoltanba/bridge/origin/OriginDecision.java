package kz.qoltanba.bridge.origin;

/** What the origin table says about a page that opens a socket. */
public enum OriginDecision {
    /** Listed exactly, or an https origin under a listed suffix. */
    ACCEPT,
    /** Another https origin in interactive mode: ask the user before its first request. */
    ASK_CONSENT,
    /** Everything else: HTTP 403 at the upgrade. */
    REFUSE
}

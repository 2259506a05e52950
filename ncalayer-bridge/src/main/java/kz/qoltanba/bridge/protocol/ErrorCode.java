package kz.qoltanba.bridge.protocol;

/**
 * The host's stable error conditions. Each has one wire text; {@link ErrorMapper} puts it into the envelope the
 * requesting module (or the module-neutral form) uses.
 */
public enum ErrorCode {
    /** Not JSON, not an object, {@code module} not a string. Module-neutral form. */
    BAD_REQUEST("BAD_REQUEST"),
    /** No module registered under the requested name. Module-neutral form. */
    MODULE_NOT_FOUND("MODULE_NOT_FOUND"),
    /** No {@code module} field: the applet API NCA switched off. Module-neutral form. */
    LEGACY_API_DISABLED("LEGACY_API_DISABLED"),
    /** {@code args} has the wrong JSON type for the module. */
    ARGUMENT_MISMATCH("argument type mismatch"),
    /** The socket's queue is full. */
    BUSY("busy"),
    /** The user refused the page's origin. */
    ORIGIN_DENIED("origin.denied"),
    /** The user cancelled. */
    CANCELLED("action.canceled"),
    /** No certificate passes the request's filters. */
    NO_SUITABLE_CERTIFICATE("no suitable certificate"),
    /** The key's password or PIN was wrong (after the dialog's retries, or in unattended mode). */
    WRONG_PASSWORD("wrong password"),
    /** The host could not sign. */
    SIGNING_FAILED("signing failed"),
    /** The module failed unexpectedly; nothing about the failure is revealed. */
    MODULE_FAILURE("internal error");

    private final String wireText;

    ErrorCode(String wireText) {
        this.wireText = wireText;
    }

    /** The literal clients see: an {@code errorCode} value or a {@code message}. */
    public String wireText() {
        return wireText;
    }
}

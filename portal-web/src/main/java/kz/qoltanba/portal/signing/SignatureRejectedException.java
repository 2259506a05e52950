package kz.qoltanba.portal.signing;

/**
 * A signature the portal refuses: {@link #code()} is stable (V1–V12 of the specification), {@link
 * #userMessage()} the sentence for the user, {@link #getMessage()} the detail for the log.
 */
public final class SignatureRejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final String userMessage;

    public SignatureRejectedException(String code, String userMessage) {
        this(code, userMessage, code + ": " + userMessage);
    }

    SignatureRejectedException(Rejection rejection, String detail) {
        this(rejection.name(), rejection.russian(), rejection.name() + ": " + detail);
    }

    private SignatureRejectedException(String code, String userMessage, String detail) {
        super(detail);
        this.code = code;
        this.userMessage = userMessage;
    }

    public String code() {
        return code;
    }

    public String userMessage() {
        return userMessage;
    }

    /** The message key of the user's sentence in the portal's bundles. */
    public String messageKey() {
        return "signing.error." + code;
    }
}

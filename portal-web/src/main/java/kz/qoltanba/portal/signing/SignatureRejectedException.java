package kz.qoltanba.portal.signing;

import java.util.Optional;

/**
 * A signature the portal refuses: {@link #code()} is stable (V1–V12 of the specification), {@link
 * #userMessage()} the sentence for the user, {@link #getMessage()} the detail for the log.
 */
public final class SignatureRejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final String userMessage;
    private final RequestProblem requestProblem;

    public SignatureRejectedException(String code, String userMessage) {
        this(code, userMessage, code + ": " + userMessage, null);
    }

    SignatureRejectedException(Rejection rejection, String detail, RequestProblem requestProblem) {
        this(rejection.name(), rejection.russian(), rejection.name() + ": " + detail, requestProblem);
    }

    private SignatureRejectedException(String code, String userMessage, String detail, RequestProblem problem) {
        super(detail);
        this.code = code;
        this.userMessage = userMessage;
        this.requestProblem = problem;
    }

    /** What was wrong with the sign request itself (V1); empty for the other codes. */
    public Optional<RequestProblem> requestProblem() {
        return Optional.ofNullable(requestProblem);
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

    /** Why a sign request could not be used (V1). */
    public enum RequestProblem {
        UNKNOWN,
        OTHER_SESSION,
        USED,
        EXPIRED
    }
}

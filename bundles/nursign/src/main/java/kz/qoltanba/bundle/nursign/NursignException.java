package kz.qoltanba.bundle.nursign;

/** A request failed with one of the envelope's codes; the message is sent to the page, so it never holds secrets. */
final class NursignException extends Exception {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    NursignException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    NursignException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    ErrorCode code() {
        return code;
    }

    static NursignException badRequest(String message) {
        return new NursignException(ErrorCode.OTHER, message);
    }
}

package kz.qoltanba.bridge.modules.basics;

/** A request the module answers with {@code {"status":false,"code":C,"message":M,"details":D}}. */
final class BasicsException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The contract's error codes. */
    enum Code {
        INVOCATION_ERROR,
        GENERAL_ERROR,
        SIGNING_FAILURE
    }

    private final Code code;
    private final String details;

    BasicsException(Code code, String message, String details) {
        super(message);
        this.code = code;
        this.details = details;
    }

    static BasicsException invocation(String details) {
        return new BasicsException(Code.INVOCATION_ERROR, "invalid arguments", details);
    }

    Code code() {
        return code;
    }

    String details() {
        return details;
    }
}

package kz.qoltanba.signing;

/** Input that cannot be decoded: truncated DER, garbage base64, a digest of the wrong length, … */
public final class MalformedInputException extends SigningException {
    private static final long serialVersionUID = 1L;

    public MalformedInputException(String message) {
        super(message);
    }

    public MalformedInputException(String message, Throwable cause) {
        super(message, cause);
    }
}

package kz.qoltanba.signing;

/** The chosen key's certificate has expired at the instant the signature is made (the message names notAfter). */
public final class ExpiredKeyException extends SigningException {
    private static final long serialVersionUID = 1L;

    public ExpiredKeyException(String message) {
        super(message);
    }

    public ExpiredKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}

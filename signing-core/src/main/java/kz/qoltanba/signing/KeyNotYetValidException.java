package kz.qoltanba.signing;

/** The chosen key's certificate is not yet valid at the instant the signature is made (the message names notBefore). */
public final class KeyNotYetValidException extends SigningException {
    private static final long serialVersionUID = 1L;

    public KeyNotYetValidException(String message) {
        super(message);
    }

    public KeyNotYetValidException(String message, Throwable cause) {
        super(message, cause);
    }
}

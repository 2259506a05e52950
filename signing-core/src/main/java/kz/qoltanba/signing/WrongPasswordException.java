package kz.qoltanba.signing;

/** The password of a key file or the PIN of a token was refused (the message says which). */
public final class WrongPasswordException extends SigningException {
    private static final long serialVersionUID = 1L;

    public WrongPasswordException(String message) {
        super(message);
    }

    public WrongPasswordException(String message, Throwable cause) {
        super(message, cause);
    }
}

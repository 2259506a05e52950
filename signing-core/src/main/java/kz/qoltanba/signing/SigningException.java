package kz.qoltanba.signing;

/**
 * Root of every checked failure the signing core reports. Each condition has its own subclass whose
 * message is built from domain values (file names, aliases, algorithm names), never from secrets.
 */
public abstract class SigningException extends Exception {
    private static final long serialVersionUID = 1L;

    protected SigningException(String message) {
        super(message);
    }

    protected SigningException(String message, Throwable cause) {
        super(message, cause);
    }
}

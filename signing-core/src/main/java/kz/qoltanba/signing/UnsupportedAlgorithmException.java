package kz.qoltanba.signing;

/** A key, certificate or signature uses an algorithm the library does not implement. */
public final class UnsupportedAlgorithmException extends SigningException {
    private static final long serialVersionUID = 1L;

    public UnsupportedAlgorithmException(String message) {
        super(message);
    }

    public UnsupportedAlgorithmException(String message, Throwable cause) {
        super(message, cause);
    }
}

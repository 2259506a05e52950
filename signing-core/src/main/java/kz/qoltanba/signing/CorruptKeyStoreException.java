package kz.qoltanba.signing;

/** A key file is empty, truncated or not a key store of the expected kind. */
public final class CorruptKeyStoreException extends SigningException {
    private static final long serialVersionUID = 1L;

    public CorruptKeyStoreException(String message) {
        super(message);
    }

    public CorruptKeyStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

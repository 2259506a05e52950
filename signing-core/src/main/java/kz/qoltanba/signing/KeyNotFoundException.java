package kz.qoltanba.signing;

/** No key with the requested alias in the store (or the store holds no usable key at all). */
public final class KeyNotFoundException extends SigningException {
    private static final long serialVersionUID = 1L;

    public KeyNotFoundException(String message) {
        super(message);
    }

    public KeyNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}

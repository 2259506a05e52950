package kz.qoltanba.bridge.tls;

/** A browser trust store (an NSS database) could not be read or changed, or {@code certutil} is missing. */
public final class TrustStoreException extends Exception {
    private static final long serialVersionUID = 1L;

    public TrustStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

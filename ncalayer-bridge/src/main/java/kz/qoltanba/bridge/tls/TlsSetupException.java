package kz.qoltanba.bridge.tls;

/** The server's TLS key and certificate could neither be read nor created. */
public final class TlsSetupException extends Exception {
    private static final long serialVersionUID = 1L;

    public TlsSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}

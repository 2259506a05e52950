package kz.qoltanba.bridge.spi;

/** No certificate passes the request's filters, or no key is available. */
public final class NoSuitableCertificateException extends HostException {
    private static final long serialVersionUID = 1L;

    public NoSuitableCertificateException(String message) {
        super(message);
    }

    public NoSuitableCertificateException(String message, Throwable cause) {
        super(message, cause);
    }
}

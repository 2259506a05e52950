package kz.qoltanba.bridge.spi;

/** The host could not sign (key unreadable, signing not available, timestamp service failed). */
public final class HostSigningException extends HostException {
    private static final long serialVersionUID = 1L;

    public HostSigningException(String message) {
        super(message);
    }

    public HostSigningException(String message, Throwable cause) {
        super(message, cause);
    }
}

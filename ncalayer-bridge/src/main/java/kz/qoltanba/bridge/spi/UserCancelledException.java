package kz.qoltanba.bridge.spi;

/** The user cancelled (chooser, password, confirmation). */
public final class UserCancelledException extends HostException {
    private static final long serialVersionUID = 1L;

    public UserCancelledException(String message) {
        super(message);
    }

    public UserCancelledException(String message, Throwable cause) {
        super(message, cause);
    }
}

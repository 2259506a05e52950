package kz.qoltanba.bundle.nursign.http;

/** A download is larger than the allowed size (announced by {@code Content-Length} or counted while reading). */
public final class TooLargeException extends PortalHttpException {
    private static final long serialVersionUID = 1L;

    public TooLargeException(String message) {
        super(message);
    }

    public TooLargeException(String message, Throwable cause) {
        super(message, cause);
    }
}

package kz.qoltanba.bundle.nursign.http;

/** The portal's {@code check_exists_url} call failed: connection, proxy, non-200 status or an answer that is not the contract's JSON. */
public final class CheckFailedException extends PortalHttpException {
    private static final long serialVersionUID = 1L;

    public CheckFailedException(String message) {
        super(message);
    }

    public CheckFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}

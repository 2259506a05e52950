package kz.qoltanba.bundle.nursign.http;

/**
 * Root of every failure of the module's own HTTP traffic. Messages name the URL, the HTTP status or the proxy
 * ({@code host:port}); they never contain a password, a token or a signature value.
 */
public abstract class PortalHttpException extends Exception {
    private static final long serialVersionUID = 1L;

    protected PortalHttpException(String message) {
        super(message);
    }

    protected PortalHttpException(String message, Throwable cause) {
        super(message, cause);
    }
}

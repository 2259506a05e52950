package kz.qoltanba.bundle.nursign.http;

/** The upload to the portal failed: connection, proxy, non-200 status or an answer that is not the contract's JSON. */
public final class UploadFailedException extends PortalHttpException {
    private static final long serialVersionUID = 1L;

    public UploadFailedException(String message) {
        super(message);
    }

    public UploadFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}

package kz.qoltanba.bundle.nursign.http;

/** A document could not be downloaded: connection, proxy, non-200 status or a local file error. */
public final class DownloadFailedException extends PortalHttpException {
    private static final long serialVersionUID = 1L;

    public DownloadFailedException(String message) {
        super(message);
    }

    public DownloadFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}

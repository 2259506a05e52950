package kz.qoltanba.bridge.catalog;

/** A module jar or a catalog could not be downloaded. */
public final class ModuleDownloadException extends CatalogException {
    private static final long serialVersionUID = 1L;

    public ModuleDownloadException(String message) {
        super(message, null);
    }

    public ModuleDownloadException(String message, Throwable cause) {
        super(message, cause);
    }
}

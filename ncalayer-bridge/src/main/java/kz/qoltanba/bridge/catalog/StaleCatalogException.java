package kz.qoltanba.bridge.catalog;

/** The offered catalog was issued before the one already installed (a rollback). */
public final class StaleCatalogException extends CatalogException {
    private static final long serialVersionUID = 1L;

    public StaleCatalogException(String message) {
        super(message, null);
    }

    public StaleCatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}

package kz.qoltanba.bridge.catalog;

/** There is no catalog: none in the home directory, or it could not be fetched or read. */
public final class CatalogUnavailableException extends CatalogException {
    private static final long serialVersionUID = 1L;

    public CatalogUnavailableException(String message) {
        super(message, null);
    }

    public CatalogUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

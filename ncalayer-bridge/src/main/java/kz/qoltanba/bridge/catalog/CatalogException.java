package kz.qoltanba.bridge.catalog;

/** The root of the catalog's failures; each subclass is one condition with a message naming it. */
public abstract class CatalogException extends Exception {
    private static final long serialVersionUID = 1L;

    protected CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}

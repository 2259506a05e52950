package kz.qoltanba.bridge.catalog;

/** The catalog's signature is valid but its JSON does not follow the schema. */
public final class MalformedCatalogException extends CatalogException {
    private static final long serialVersionUID = 1L;

    public MalformedCatalogException(String message) {
        super(message, null);
    }

    public MalformedCatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}

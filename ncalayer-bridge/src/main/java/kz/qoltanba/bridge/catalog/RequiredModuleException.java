package kz.qoltanba.bridge.catalog;

/** A required module cannot be removed. */
public final class RequiredModuleException extends CatalogException {
    private static final long serialVersionUID = 1L;

    public RequiredModuleException(String message) {
        super(message, null);
    }

    public RequiredModuleException(String message, Throwable cause) {
        super(message, cause);
    }
}

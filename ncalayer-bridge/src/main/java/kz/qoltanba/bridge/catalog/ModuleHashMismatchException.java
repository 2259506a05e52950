package kz.qoltanba.bridge.catalog;

/** A jar's SHA-256 differs from the one the catalog lists for it. */
public final class ModuleHashMismatchException extends CatalogException {
    private static final long serialVersionUID = 1L;

    public ModuleHashMismatchException(String message) {
        super(message, null);
    }

    public ModuleHashMismatchException(String message, Throwable cause) {
        super(message, cause);
    }
}

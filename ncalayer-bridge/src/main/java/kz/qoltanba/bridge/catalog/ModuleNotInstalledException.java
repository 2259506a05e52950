package kz.qoltanba.bridge.catalog;

/** The module to remove or update is not installed. */
public final class ModuleNotInstalledException extends CatalogException {
    private static final long serialVersionUID = 1L;

    public ModuleNotInstalledException(String message) {
        super(message, null);
    }

    public ModuleNotInstalledException(String message, Throwable cause) {
        super(message, cause);
    }
}

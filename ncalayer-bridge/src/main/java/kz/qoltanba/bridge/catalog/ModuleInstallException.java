package kz.qoltanba.bridge.catalog;

/** A verified jar could not be stored, or the framework could not install or start it. */
public final class ModuleInstallException extends CatalogException {
    private static final long serialVersionUID = 1L;

    public ModuleInstallException(String message) {
        super(message, null);
    }

    public ModuleInstallException(String message, Throwable cause) {
        super(message, cause);
    }
}

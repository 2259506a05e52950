package kz.qoltanba.bridge.catalog;

/** The catalog does not list the module, or a jar that is offered as a module. */
public final class ModuleNotListedException extends CatalogException {
    private static final long serialVersionUID = 1L;

    public ModuleNotListedException(String message) {
        super(message, null);
    }

    public ModuleNotListedException(String message, Throwable cause) {
        super(message, cause);
    }
}

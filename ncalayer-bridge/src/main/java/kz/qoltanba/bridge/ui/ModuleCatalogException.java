package kz.qoltanba.bridge.ui;

/** A module catalog operation failed; the message is shown to the user and names the module and reason. */
public class ModuleCatalogException extends Exception {
    private static final long serialVersionUID = 1L;

    public ModuleCatalogException(String message) {
        super(message);
    }

    public ModuleCatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}

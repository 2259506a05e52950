package kz.qoltanba.bridge.host;

/** The OSGi framework could not start, or a bundle could not be installed or started. */
public final class ModuleHostException extends Exception {
    private static final long serialVersionUID = 1L;

    public ModuleHostException(String message, Throwable cause) {
        super(message, cause);
    }
}

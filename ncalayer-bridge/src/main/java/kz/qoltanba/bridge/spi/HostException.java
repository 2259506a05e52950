package kz.qoltanba.bridge.spi;

/** Root of the failures a host service reports to modules; messages never contain secrets or local paths. */
public abstract class HostException extends Exception {
    private static final long serialVersionUID = 1L;

    protected HostException(String message) {
        super(message);
    }

    protected HostException(String message, Throwable cause) {
        super(message, cause);
    }
}

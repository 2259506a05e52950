package kz.qoltanba.bridge.ws;

/** Another program (usually another bridge) already listens on the configured port. */
public final class PortInUseException extends Exception {
    private static final long serialVersionUID = 1L;

    public PortInUseException(int port, Throwable cause) {
        super("Port " + port + " on 127.0.0.1 is already in use; is another bridge (or NCALayer) running?", cause);
    }
}

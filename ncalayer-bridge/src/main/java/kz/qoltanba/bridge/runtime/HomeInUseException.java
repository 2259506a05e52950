package kz.qoltanba.bridge.runtime;

import java.nio.file.Path;

/** Another bridge is already running with the same home directory. */
public final class HomeInUseException extends Exception {
    private static final long serialVersionUID = 1L;

    public HomeInUseException(Path home) {
        super("Another bridge is already running with the home directory " + home + ".");
    }
}

package kz.qoltanba.bridge.config;

/** A configuration value is unusable; the message names the key, where the value came from and why. */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}

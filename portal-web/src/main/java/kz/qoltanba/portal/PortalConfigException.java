package kz.qoltanba.portal;

/** A configuration value is missing or wrong; the message names the key. The portal does not start. */
public final class PortalConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String key;

    public PortalConfigException(String key, String problem) {
        super(key + ": " + problem);
        this.key = key;
    }

    /** The configuration key at fault. */
    public String key() {
        return key;
    }
}

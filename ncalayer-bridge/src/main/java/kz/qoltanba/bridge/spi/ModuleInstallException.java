package kz.qoltanba.bridge.spi;

import java.util.Objects;

/** The host refused or failed to install a module from its signed catalog; {@link #reason()} says why. */
public final class ModuleInstallException extends HostException {
    private static final long serialVersionUID = 1L;

    /** Why the module was not installed. */
    public enum Reason {
        /** The catalog does not list the module. */
        NOT_LISTED,
        /** The module's jar does not have the SHA-256 the catalog lists. */
        HASH_MISMATCH,
        /** The stored catalog is not signed by a trusted publisher (or is older than allowed). */
        UNTRUSTED_CATALOG,
        /** There is no catalog, or the module's jar cannot be downloaded. */
        CATALOG_UNAVAILABLE,
        /** Any other failure while storing or loading the module. */
        FAILED
    }

    private final Reason reason;

    public ModuleInstallException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}

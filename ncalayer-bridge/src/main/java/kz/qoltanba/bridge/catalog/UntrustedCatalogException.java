package kz.qoltanba.bridge.catalog;

/** The catalog is not signed, or not by a publisher certificate the host trusts, or the signature is invalid. */
public final class UntrustedCatalogException extends CatalogException {
    private static final long serialVersionUID = 1L;

    public UntrustedCatalogException(String message) {
        super(message, null);
    }

    public UntrustedCatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}

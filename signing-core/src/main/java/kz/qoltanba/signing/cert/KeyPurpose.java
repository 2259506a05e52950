package kz.qoltanba.signing.cert;

/**
 * What a key is for. The constant names are part of the public API and of the command line's JSON.
 */
public enum KeyPurpose {
    /** Authentication (TLS client, log-in): EKU clientAuth. */
    AUTH,
    /** Signing documents: EKU emailProtection. */
    SIGN,
    /** Both authentication and signing. */
    BOTH;

    /**
     * Whether a key of this purpose may be used for {@code wanted}: a {@link #BOTH} key serves either
     * purpose, an {@link #AUTH} or {@link #SIGN} key only its own; wanting {@link #BOTH} needs a
     * {@link #BOTH} key.
     */
    public boolean permits(KeyPurpose wanted) {
        return this == BOTH || this == wanted;
    }
}

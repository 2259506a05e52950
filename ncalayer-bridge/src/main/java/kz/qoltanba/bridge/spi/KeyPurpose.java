package kz.qoltanba.bridge.spi;

/** The purpose filter of a request's {@code keyType}. */
public enum KeyPurpose {
    /** Key usage nonRepudiation. */
    SIGNATURE,
    /** Extended key usage clientAuth. */
    AUTHENTICATION,
    /** Any other {@code keyType} value: no filter. */
    ANY
}

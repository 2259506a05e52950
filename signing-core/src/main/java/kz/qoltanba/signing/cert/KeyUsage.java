package kz.qoltanba.signing.cert;

/** The key usage bits of RFC 5280 §4.2.1.3, in bit order. */
public enum KeyUsage {
    DIGITAL_SIGNATURE,
    /** Also called contentCommitment. */
    NON_REPUDIATION,
    KEY_ENCIPHERMENT,
    DATA_ENCIPHERMENT,
    KEY_AGREEMENT,
    KEY_CERT_SIGN,
    CRL_SIGN,
    ENCIPHER_ONLY,
    DECIPHER_ONLY
}

package kz.qoltanba.signing.validation;

/** The checks run for each signer, in report order. Constant names are stable. */
public enum CheckName {
    /** The signer's certificate is present (in the CMS or among the caller's certificates). */
    SIGNING_CERTIFICATE,
    /** The digest of the content equals the signed messageDigest attribute. */
    MESSAGE_DIGEST,
    /** The signature value verifies under the signer's public key. */
    SIGNATURE_VALUE,
    /** The signature timestamp: imprint, token signature, TSA certificate and its chain. */
    TIMESTAMP,
    /** A chain from the signer's certificate to a trust anchor, every link verified. */
    CERTIFICATE_CHAIN,
    /** The signer's certificate is within its validity period at the judged time. */
    CERTIFICATE_VALIDITY,
    /** The signer's certificate is not revoked (OCSP, then CRL). */
    REVOCATION,
    /** The signer's key purpose is the one the caller required. */
    KEY_PURPOSE
}

package kz.qoltanba.signing.validation;

/**
 * A key purpose the caller may require of the signer. A certificate whose purpose is BOTH satisfies
 * either. The purpose is decided as in the project's PKI rules: EKU clientAuth → AUTH, emailProtection →
 * SIGN, both → BOTH; without EKU, keyUsage nonRepudiation → SIGN, keyEncipherment alone → AUTH.
 */
public enum RequiredKeyPurpose {
    AUTH,
    SIGN
}

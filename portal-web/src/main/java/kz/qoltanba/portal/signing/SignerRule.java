package kz.qoltanba.portal.signing;

import java.util.Objects;
import kz.qoltanba.signing.cert.KeyPurpose;

/**
 * Who may sign: the key purpose (AUTH or SIGN), the kind of holder, and the IIN and BIN the certificate must
 * carry (null when any is fine). The BIN is checked before the IIN.
 */
public record SignerRule(KeyPurpose purpose, SubjectKind subject, String iin, String bin) {
    public SignerRule {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(subject, "subject");
        if (purpose == KeyPurpose.BOTH) {
            throw new IllegalArgumentException("purpose: ask for AUTH or SIGN, not BOTH");
        }
        requireDigits("iin", iin);
        requireDigits("bin", bin);
    }

    /** A signing key of the legal entity with this BIN, held by the person with this IIN (either may be null). */
    public static SignerRule legalSignature(String bin, String iin) {
        return new SignerRule(KeyPurpose.SIGN, SubjectKind.LEGAL, iin, bin);
    }

    /** A person's own signing key. */
    public static SignerRule individualSignature(String iin) {
        return new SignerRule(KeyPurpose.SIGN, SubjectKind.INDIVIDUAL, iin, null);
    }

    private static void requireDigits(String name, String value) {
        if (value != null && !value.matches("\\d{12}")) {
            throw new IllegalArgumentException(name + ": expected 12 digits, got '" + value + "'");
        }
    }
}

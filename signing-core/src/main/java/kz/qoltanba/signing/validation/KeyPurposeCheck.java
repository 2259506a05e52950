package kz.qoltanba.signing.validation;

import java.security.cert.X509Certificate;
import java.util.Optional;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.cert.CertificateInfo;
import kz.qoltanba.signing.cert.KeyPurpose;

/**
 * The signer's key purpose, decided by {@link CertificateInfo}'s rule (kz-pki.md §1, the same rule
 * everywhere), against the purpose the caller requires.
 */
final class KeyPurposeCheck {
    private KeyPurposeCheck() {}

    static Finding check(X509Certificate certificate, Optional<KeyPurpose> required) {
        if (required.isEmpty()) {
            return Finding.skipped(CheckName.KEY_PURPOSE, "no key purpose required");
        }
        KeyPurpose actual;
        try {
            actual = CertificateInfo.of(certificate).keyPurpose();
        } catch (MalformedInputException e) {
            actual = null;
        }
        if (actual != null && actual.permits(required.get())) {
            return Finding.passed(CheckName.KEY_PURPOSE, "key purpose " + actual + " permits " + required.get());
        }
        return Finding.failed(
                CheckName.KEY_PURPOSE,
                SubIndication.WRONG_KEY_PURPOSE,
                "key purpose " + (actual == null ? "undetermined" : actual) + " where " + required.get()
                        + " is required");
    }
}

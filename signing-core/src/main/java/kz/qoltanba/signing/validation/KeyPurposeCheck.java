package kz.qoltanba.signing.validation;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/** The signer's key purpose against the purpose the caller requires (project rule, kz-pki.md §1). */
final class KeyPurposeCheck {
    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    private static final String EMAIL_PROTECTION = "1.3.6.1.5.5.7.3.4";
    private static final int KEY_ENCIPHERMENT = 2;
    private static final int NON_REPUDIATION = 1;

    private KeyPurposeCheck() {}

    static Finding check(X509Certificate certificate, Optional<RequiredKeyPurpose> required) {
        if (required.isEmpty()) {
            return Finding.skipped(CheckName.KEY_PURPOSE, "no key purpose required");
        }
        Optional<String> purpose = purpose(certificate);
        boolean fits = purpose.map(
                        p -> p.equals("BOTH") || p.equals(required.get().name()))
                .orElse(false);
        String actual = purpose.orElse("undetermined");
        return fits
                ? Finding.passed(CheckName.KEY_PURPOSE, "key purpose " + actual + " fits " + required.get())
                : Finding.failed(
                        CheckName.KEY_PURPOSE,
                        SubIndication.WRONG_KEY_PURPOSE,
                        "key purpose " + actual + " where " + required.get() + " is required");
    }

    /** AUTH, SIGN or BOTH; empty when neither EKU nor keyUsage tells. */
    static Optional<String> purpose(X509Certificate certificate) {
        List<String> eku;
        try {
            eku = Optional.ofNullable(certificate.getExtendedKeyUsage()).orElse(List.of());
        } catch (CertificateParsingException e) {
            eku = List.of();
        }
        boolean auth = eku.contains(CLIENT_AUTH);
        boolean sign = eku.contains(EMAIL_PROTECTION);
        if (auth || sign) {
            return Optional.of(auth && sign ? "BOTH" : auth ? "AUTH" : "SIGN");
        }
        boolean[] usage = certificate.getKeyUsage();
        if (usage == null) {
            return Optional.empty();
        }
        if (usage[NON_REPUDIATION]) {
            return Optional.of("SIGN");
        }
        return usage[KEY_ENCIPHERMENT] ? Optional.of("AUTH") : Optional.empty();
    }
}

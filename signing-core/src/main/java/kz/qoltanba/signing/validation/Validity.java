package kz.qoltanba.signing.validation;

import java.security.cert.X509Certificate;
import java.time.Instant;

/** A certificate's validity period judged at an instant (both ends inclusive, as RFC 5280 says). */
final class Validity {
    private Validity() {}

    static boolean isValidAt(X509Certificate certificate, Instant at) {
        return !at.isBefore(certificate.getNotBefore().toInstant())
                && !at.isAfter(certificate.getNotAfter().toInstant());
    }

    static Finding check(X509Certificate certificate, Instant at) {
        Instant notBefore = certificate.getNotBefore().toInstant();
        Instant notAfter = certificate.getNotAfter().toInstant();
        if (at.isBefore(notBefore)) {
            return Finding.failed(
                    CheckName.CERTIFICATE_VALIDITY,
                    SubIndication.NOT_YET_VALID,
                    "the certificate is valid from " + notBefore + ", after the judged time " + at);
        }
        if (at.isAfter(notAfter)) {
            return Finding.failed(
                    CheckName.CERTIFICATE_VALIDITY,
                    SubIndication.EXPIRED,
                    "the certificate expired at " + notAfter + ", before the judged time " + at);
        }
        return Finding.passed(
                CheckName.CERTIFICATE_VALIDITY, "valid from " + notBefore + " to " + notAfter + ", judged at " + at);
    }
}

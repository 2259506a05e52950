package kz.qoltanba.signing.validation;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.qoltanba.signing.cert.CertificateInfo;

/**
 * The verdict on one signer.
 *
 * @param certificate the signer's certificate, if it was found
 * @param certificateInfo what that certificate says (names, IIN/BIN, roles, purpose), if it could be read
 * @param chain the chain built, signer first and trust anchor last; empty when none was found
 * @param claimedSigningTime the signingTime attribute, as claimed by the signer (not trusted)
 * @param timestampTime the generation time of a valid signature timestamp
 * @param judgedAt the instant at which validity was judged: {@code timestampTime} when present, else
 *     the validation instant
 * @param checks every check, in {@link CheckName} order
 * @param subIndication empty exactly when {@code indication} is TOTAL_PASSED
 */
public record SignerReport(
        Optional<X509Certificate> certificate,
        Optional<CertificateInfo> certificateInfo,
        List<X509Certificate> chain,
        Optional<Instant> claimedSigningTime,
        Optional<Instant> timestampTime,
        Instant judgedAt,
        List<CheckResult> checks,
        Indication indication,
        Optional<SubIndication> subIndication) {
    public SignerReport {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(certificateInfo, "certificateInfo");
        chain = List.copyOf(chain);
        Objects.requireNonNull(claimedSigningTime, "claimedSigningTime");
        Objects.requireNonNull(timestampTime, "timestampTime");
        Objects.requireNonNull(judgedAt, "judgedAt");
        checks = List.copyOf(checks);
        Objects.requireNonNull(indication, "indication");
        Objects.requireNonNull(subIndication, "subIndication");
    }

    /** The result of one check; every report carries every {@link CheckName}. */
    public CheckResult check(CheckName name) {
        return checks.stream()
                .filter(c -> c.name() == name)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no check " + name));
    }
}

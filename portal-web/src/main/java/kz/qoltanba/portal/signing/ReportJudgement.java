package kz.qoltanba.portal.signing;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import kz.qoltanba.signing.validation.CheckName;
import kz.qoltanba.signing.validation.Indication;
import kz.qoltanba.signing.validation.Outcome;
import kz.qoltanba.signing.validation.SignerReport;
import kz.qoltanba.signing.validation.SubIndication;
import kz.qoltanba.signing.validation.ValidationReport;

/**
 * Turns signing-core's report into the portal's codes, in the specification's order: V3 signature, V4 chain,
 * V5 validity, V6 revocation, V7 key purpose; V11 (time-stamp) separately, after the portal's own checks.
 */
final class ReportJudgement {
    private static final Map<SubIndication, Rejection> BY_SUB_INDICATION = Map.of(
            SubIndication.HASH_FAILURE, Rejection.SIG_INVALID,
            SubIndication.SIG_CRYPTO_FAILURE, Rejection.SIG_INVALID,
            SubIndication.REVOKED, Rejection.CERT_REVOKED,
            SubIndication.EXPIRED, Rejection.CERT_EXPIRED,
            SubIndication.NOT_YET_VALID, Rejection.CERT_NOT_YET_VALID,
            SubIndication.WRONG_KEY_PURPOSE, Rejection.CERT_WRONG_KEY_TYPE,
            SubIndication.SIGNED_DATA_NOT_FOUND, Rejection.SIG_CONTENT_MISMATCH,
            SubIndication.NO_CERTIFICATE_CHAIN_FOUND, Rejection.CERT_UNTRUSTED,
            SubIndication.REVOCATION_UNAVAILABLE, Rejection.CERT_STATUS_UNKNOWN,
            SubIndication.TIMESTAMP_INVALID, Rejection.TSP_INVALID);

    private ReportJudgement() {}

    /** The single signer, once V3–V7 passed. */
    static SignerReport signerOf(ValidationReport report) throws SignatureRejectedException {
        if (report.signers().size() != 1) {
            throw Rejection.SIG_CONTENT_MISMATCH.exception(
                    "expected one signer, the report has " + report.signers().size());
        }
        SignerReport signer = report.signers().get(0);
        if (report.indication() == Indication.TOTAL_PASSED) {
            return signer;
        }
        failed(signer, CheckName.SIGNING_CERTIFICATE, Rejection.SIG_INVALID);
        failed(signer, CheckName.MESSAGE_DIGEST, Rejection.SIG_INVALID);
        failed(signer, CheckName.SIGNATURE_VALUE, Rejection.SIG_INVALID);
        notPassed(signer, CheckName.CERTIFICATE_CHAIN, Rejection.CERT_UNTRUSTED);
        if (signer.check(CheckName.CERTIFICATE_VALIDITY).outcome() == Outcome.FAILED) {
            throw validityRejection(signer).exception(reason(signer, CheckName.CERTIFICATE_VALIDITY));
        }
        failed(signer, CheckName.REVOCATION, Rejection.CERT_REVOKED);
        if (signer.subIndication().equals(Optional.of(SubIndication.REVOCATION_UNAVAILABLE))) {
            throw Rejection.CERT_STATUS_UNKNOWN.exception(reason(signer, CheckName.REVOCATION));
        }
        failed(signer, CheckName.KEY_PURPOSE, Rejection.CERT_WRONG_KEY_TYPE);
        if (signer.subIndication().equals(Optional.of(SubIndication.TIMESTAMP_INVALID))) {
            throw Rejection.TSP_INVALID.exception(reason(signer, CheckName.TIMESTAMP));
        }
        Rejection other = signer.subIndication().map(BY_SUB_INDICATION::get).orElse(Rejection.SIG_INVALID);
        throw other.exception("verification ended " + report.indication() + " " + signer.subIndication());
    }

    /** V11: a time-stamp, when the policy requires one, must be present and valid. */
    static void requireTimestamp(SignerReport signer) throws SignatureRejectedException {
        if (signer.check(CheckName.TIMESTAMP).outcome() != Outcome.PASSED) {
            throw Rejection.TSP_MISSING.exception(reason(signer, CheckName.TIMESTAMP));
        }
    }

    private static Rejection validityRejection(SignerReport signer) {
        Instant judged = signer.judgedAt();
        boolean early = signer.certificateInfo()
                .map(info -> judged.isBefore(info.notBefore()))
                .orElse(false);
        return early ? Rejection.CERT_NOT_YET_VALID : Rejection.CERT_EXPIRED;
    }

    private static void failed(SignerReport signer, CheckName name, Rejection rejection)
            throws SignatureRejectedException {
        if (signer.check(name).outcome() == Outcome.FAILED) {
            throw rejection.exception(reason(signer, name));
        }
    }

    private static void notPassed(SignerReport signer, CheckName name, Rejection rejection)
            throws SignatureRejectedException {
        if (signer.check(name).outcome() != Outcome.PASSED) {
            throw rejection.exception(reason(signer, name));
        }
    }

    private static String reason(SignerReport signer, CheckName name) {
        return name + ": " + signer.check(name).reason();
    }
}

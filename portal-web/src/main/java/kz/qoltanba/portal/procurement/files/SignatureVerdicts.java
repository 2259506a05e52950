package kz.qoltanba.portal.procurement.files;

import java.io.IOException;
import java.nio.file.Path;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.cert.CertificateInfo;
import kz.qoltanba.signing.validation.Indication;
import kz.qoltanba.signing.validation.SignerReport;
import kz.qoltanba.signing.validation.ValidationReport;

/** Runs the signature check and turns anything but one passed signer of the expected IIN into a refusal. */
final class SignatureVerdicts {
    private final FileSignatureCheck check;

    SignatureVerdicts(FileSignatureCheck check) {
        this.check = check;
    }

    VerifiedSigner verify(byte[] cms, Path content, String expectedIin) throws IOException {
        ValidationReport report;
        try {
            report = check.verify(cms, content);
        } catch (MalformedInputException e) {
            throw new UploadRefusedException(
                    400, "SIGNATURE_MALFORMED", "the signature is not a CMS: " + e.getMessage());
        }
        if (report.signers().size() != 1) {
            throw new UploadRefusedException(
                    422,
                    "SIGNATURE_INVALID",
                    "the signature must have exactly one signer, not "
                            + report.signers().size());
        }
        if (report.indication() != Indication.TOTAL_PASSED) {
            String why = report.subIndication()
                    .map(Enum::name)
                    .orElse(report.indication().name());
            throw new UploadRefusedException(
                    422, "SIGNATURE_INVALID", "the signature over the file is not valid: " + why);
        }
        SignerReport signer = report.signers().get(0);
        CertificateInfo holder = signer.certificateInfo()
                .orElseThrow(() -> new UploadRefusedException(
                        422, "SIGNATURE_INVALID", "the signer's certificate cannot be read"));
        if (!expectedIin.equals(holder.iin())) {
            throw new UploadRefusedException(
                    403,
                    "SIGNER_MISMATCH",
                    "the file is signed by IIN " + holder.iin() + ", not by the logged-in user");
        }
        return new VerifiedSigner(
                holder.iin(),
                holder.bin(),
                holder.commonName(),
                holder.serialNumber(),
                signer.timestampTime().or(signer::claimedSigningTime).orElse(null),
                report.indication().name(),
                report.toJson());
    }
}

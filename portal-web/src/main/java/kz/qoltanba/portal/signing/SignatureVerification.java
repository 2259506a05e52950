package kz.qoltanba.portal.signing;

import java.time.Clock;
import java.util.Optional;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.cert.CertificateInfo;
import kz.qoltanba.signing.cert.KeyPurpose;
import kz.qoltanba.signing.validation.CmsVerifier;
import kz.qoltanba.signing.validation.SignerReport;
import kz.qoltanba.signing.validation.ValidationReport;
import kz.qoltanba.signing.validation.VerificationOptions;
import kz.qoltanba.signing.validation.XmlVerifier;

/** V2–V11 for one signature: content, then signing-core's report, then the portal's certificate rules. */
final class SignatureVerification {
    private final SigningSettings settings;
    private final Clock clock;
    private final CmsVerifier cms;
    private final XmlVerifier xml;
    private final SignerChecks signerChecks;

    SignatureVerification(SigningSettings settings, Clock clock, CmsVerifier cms, XmlVerifier xml) {
        this.settings = settings;
        this.clock = clock;
        this.cms = cms;
        this.xml = xml;
        this.signerChecks = new SignerChecks(settings.legalEntityAlgorithm());
    }

    /** @param signedBytes the DER CMS or the signed XML */
    Verified verify(String format, byte[] issued, byte[] signedBytes, SignerRule rule)
            throws SignatureRejectedException {
        if ("cms".equals(format)) {
            CmsContent.requireIssuedContent(signedBytes, issued);
        } else {
            XmlContent.requireIssuedContent(signedBytes, issued);
        }
        ValidationReport report = report(format, signedBytes, Optional.of(rule.purpose()));
        SignerReport signer = ReportJudgement.signerOf(report);
        CertificateInfo info = signer.certificateInfo()
                .orElseThrow(() -> Rejection.SIG_INVALID.exception("the signer certificate cannot be read"));
        signerChecks.check(info, rule);
        if ("cms".equals(format) && settings.timestampRequired()) {
            ReportJudgement.requireTimestamp(signer);
        }
        return new Verified(report, signer.certificate().orElseThrow(), info, signer.timestampTime());
    }

    ValidationReport report(String format, byte[] signedBytes, Optional<KeyPurpose> purpose)
            throws SignatureRejectedException {
        VerificationOptions.Builder options = VerificationOptions.builder()
                .revocationPolicy(settings.revocation())
                .clock(clock);
        settings.trustAnchors().forEach(options::trustAnchor);
        settings.intermediates().forEach(options::extraCertificate);
        purpose.ifPresent(options::requiredKeyPurpose);
        try {
            return "cms".equals(format)
                    ? cms.verify(signedBytes, Optional.empty(), options.build())
                    : xml.verify(signedBytes, options.build());
        } catch (SigningException e) {
            throw Rejection.SIG_INVALID.exception("the signature cannot be read: " + e.getMessage());
        }
    }
}

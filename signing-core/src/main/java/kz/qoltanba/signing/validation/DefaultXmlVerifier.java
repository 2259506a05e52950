package kz.qoltanba.signing.validation;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.xml.XmlReferenceCheck;
import kz.qoltanba.signing.xml.XmlSignatureCheck;
import kz.qoltanba.signing.xml.XmlSignatureVerifier;

/** Turns each crypto-level XMLDSig check into a signer report. */
final class DefaultXmlVerifier implements XmlVerifier {
    private final XmlSignatureVerifier signatures;
    private final RevocationChecker revocation;

    DefaultXmlVerifier(XmlSignatureVerifier signatures, RevocationChecker revocation) {
        this.signatures = signatures;
        this.revocation = revocation;
    }

    @Override
    public ValidationReport verify(byte[] xml, VerificationOptions options) throws SigningException {
        List<XmlSignatureCheck> checks = signatures.verify(xml);
        if (checks.isEmpty()) {
            return new ValidationReport(
                    Indication.TOTAL_FAILED, Optional.of(SubIndication.SIG_CRYPTO_FAILURE), List.of());
        }
        List<SignerReport> reports = new ArrayList<>();
        for (XmlSignatureCheck check : checks) {
            reports.add(report(check, options));
        }
        return ValidationReport.of(reports);
    }

    private SignerReport report(XmlSignatureCheck check, VerificationOptions options) {
        Instant judgedAt = options.clock().instant();
        Optional<X509Certificate> certificate = check.signer();
        List<Finding> findings = new ArrayList<>();
        findings.add(
                certificate.isPresent()
                        ? Finding.passed(
                                CheckName.SIGNING_CERTIFICATE,
                                "in KeyInfo: " + SignerVerification.subject(certificate.get()))
                        : Finding.failed(
                                CheckName.SIGNING_CERTIFICATE,
                                SubIndication.NO_CERTIFICATE_CHAIN_FOUND,
                                "KeyInfo carries no certificate"));
        findings.add(references(check));
        findings.add(signatureValue(check, certificate.isPresent()));
        findings.add(Finding.skipped(CheckName.TIMESTAMP, "XMLDSig signatures carry no timestamp"));
        List<X509Certificate> pool = new ArrayList<>(check.embedded());
        pool.addAll(options.extraCertificates());
        CertificateJudgement judgement = CertificateJudgement.of(certificate, pool, judgedAt, options, revocation);
        findings.addAll(judgement.findings());
        return CertificateJudgement.report(
                certificate, judgement.chain(), Optional.empty(), Optional.empty(), judgedAt, findings);
    }

    private static Finding references(XmlSignatureCheck check) {
        if (check.references().isEmpty()) {
            return Finding.failed(
                    CheckName.MESSAGE_DIGEST, SubIndication.HASH_FAILURE, "the signature has no reference");
        }
        List<String> broken = check.references().stream()
                .filter(r -> !r.digestValid())
                .map(XmlReferenceCheck::uri)
                .map(uri -> uri.isEmpty() ? "the whole document" : uri)
                .toList();
        return broken.isEmpty()
                ? Finding.passed(CheckName.MESSAGE_DIGEST, check.references().size() + " reference digest(s) match")
                : Finding.failed(
                        CheckName.MESSAGE_DIGEST,
                        SubIndication.HASH_FAILURE,
                        "the digest of " + String.join(", ", broken) + " differs from the signed one");
    }

    private static Finding signatureValue(XmlSignatureCheck check, boolean hasCertificate) {
        if (check.signatureValid()) {
            return Finding.passed(
                    CheckName.SIGNATURE_VALUE, "the SignatureValue verifies (" + check.signatureMethod() + ")");
        }
        if (!hasCertificate) {
            return Finding.unchecked(
                    CheckName.SIGNATURE_VALUE,
                    SubIndication.NO_CERTIFICATE_CHAIN_FOUND,
                    "no certificate to verify with");
        }
        return Finding.failed(
                CheckName.SIGNATURE_VALUE,
                SubIndication.SIG_CRYPTO_FAILURE,
                "the SignatureValue does not verify under the KeyInfo certificate's key");
    }
}

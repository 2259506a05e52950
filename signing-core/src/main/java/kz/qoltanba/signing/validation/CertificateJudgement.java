package kz.qoltanba.signing.validation;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.cert.CertificateInfo;

/**
 * The checks that depend only on the signer's certificate, shared by CMS and XML: chain, validity,
 * revocation and key purpose at the judged time; and the verdict derived from all findings.
 */
record CertificateJudgement(List<Finding> findings, List<X509Certificate> chain) {

    static CertificateJudgement of(
            Optional<X509Certificate> certificate,
            List<X509Certificate> pool,
            Instant judgedAt,
            VerificationOptions options,
            RevocationChecker revocation) {
        List<Finding> findings = new ArrayList<>();
        if (certificate.isEmpty()) {
            findings.add(Finding.skipped(CheckName.CERTIFICATE_CHAIN, "no signing certificate"));
            findings.add(Finding.skipped(CheckName.CERTIFICATE_VALIDITY, "no signing certificate"));
            findings.add(Finding.skipped(CheckName.REVOCATION, "no signing certificate"));
            findings.add(Finding.skipped(CheckName.KEY_PURPOSE, "no signing certificate"));
            return new CertificateJudgement(findings, List.of());
        }
        X509Certificate leaf = certificate.get();
        ChainBuilder chains = new ChainBuilder(options.trustAnchors(), pool);
        List<X509Certificate> chain =
                chains.hasAnchors() ? chains.build(leaf, judgedAt).orElse(List.of()) : List.of();
        findings.add(chainFinding(chains, chain, judgedAt));
        findings.add(Validity.check(leaf, judgedAt));
        findings.add(revocation.check(leaf, chain, judgedAt, options));
        findings.add(KeyPurposeCheck.check(leaf, options.requiredKeyPurpose()));
        return new CertificateJudgement(findings, chain);
    }

    private static Finding chainFinding(ChainBuilder chains, List<X509Certificate> chain, Instant at) {
        if (!chains.hasAnchors()) {
            return Finding.unchecked(
                    CheckName.CERTIFICATE_CHAIN,
                    SubIndication.NO_CERTIFICATE_CHAIN_FOUND,
                    "no trust anchors configured");
        }
        if (chain.isEmpty()) {
            return Finding.failed(
                    CheckName.CERTIFICATE_CHAIN,
                    SubIndication.NO_CERTIFICATE_CHAIN_FOUND,
                    "no chain to a configured trust anchor with every link valid at " + at);
        }
        return Finding.passed(
                CheckName.CERTIFICATE_CHAIN,
                chain.size() + " certificates, anchored at " + SignerVerification.subject(chain.get(chain.size() - 1)));
    }

    private static Optional<CertificateInfo> info(X509Certificate certificate) {
        try {
            return Optional.of(CertificateInfo.of(certificate));
        } catch (MalformedInputException e) {
            return Optional.empty();
        }
    }

    /** The signer's verdict: the first sub-indication in priority (declaration) order, else passed. */
    static SignerReport report(
            Optional<X509Certificate> certificate,
            List<X509Certificate> chain,
            Optional<Instant> claimedSigningTime,
            Optional<Instant> timestampTime,
            Instant judgedAt,
            List<Finding> findings) {
        Optional<SubIndication> sub = findings.stream()
                .map(Finding::leadsTo)
                .flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
        return new SignerReport(
                certificate,
                certificate.flatMap(CertificateJudgement::info),
                chain,
                claimedSigningTime,
                timestampTime,
                judgedAt,
                findings.stream().map(Finding::result).toList(),
                sub.map(SubIndication::indication).orElse(Indication.TOTAL_PASSED),
                sub);
    }
}

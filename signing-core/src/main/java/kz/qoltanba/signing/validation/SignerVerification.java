package kz.qoltanba.signing.validation;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cms.SignerInformation;

/** Runs every check for one signer, in report order, and derives its verdict. */
final class SignerVerification {
    private final SignerInformation signer;
    private final SignerCertificates certificates;
    private final SignedContent content;
    private final VerificationOptions options;
    private final RevocationChecker revocation;

    SignerVerification(
            SignerInformation signer,
            SignerCertificates certificates,
            SignedContent content,
            VerificationOptions options,
            RevocationChecker revocation) {
        this.signer = signer;
        this.certificates = certificates;
        this.content = content;
        this.options = options;
        this.revocation = revocation;
    }

    SignerReport run() {
        List<Finding> findings = new ArrayList<>();
        Optional<X509Certificate> certificate = certificates.find(signer.getSID());
        findings.add(signingCertificate(certificate));
        findings.add(SignerIntegrity.messageDigest(signer, content));
        findings.add(signatureValue(certificate));

        TimestampValidation timestamp = TimestampValidation.of(signer, certificates, options);
        findings.add(timestamp.finding());
        Instant judgedAt = timestamp.genTime().orElseGet(() -> options.clock().instant());

        CertificateJudgement judgement =
                CertificateJudgement.of(certificate, certificates.pool(), judgedAt, options, revocation);
        findings.addAll(judgement.findings());
        return CertificateJudgement.report(
                certificate, judgement.chain(), claimedSigningTime(), timestamp.genTime(), judgedAt, findings);
    }

    /** Found by the SignerInfo's identifier and, when the signer referenced it (ESS), by its hash. */
    private Finding signingCertificate(Optional<X509Certificate> certificate) {
        if (certificate.isEmpty()) {
            return Finding.failed(
                    CheckName.SIGNING_CERTIFICATE,
                    SubIndication.NO_CERTIFICATE_CHAIN_FOUND,
                    "the signer's certificate is neither in the CMS nor among the given certificates");
        }
        String found = "found: " + subject(certificate.get());
        if (!EssCertificateReference.isPresent(signer)) {
            return Finding.passed(CheckName.SIGNING_CERTIFICATE, found + " (no signing-certificate attribute)");
        }
        Optional<String> problem = EssCertificateReference.problem(signer, certificate.get());
        return problem.isEmpty()
                ? Finding.passed(CheckName.SIGNING_CERTIFICATE, found + ", matching the signed reference")
                : Finding.failed(
                        CheckName.SIGNING_CERTIFICATE, SubIndication.NO_CERTIFICATE_CHAIN_FOUND, problem.get());
    }

    private Finding signatureValue(Optional<X509Certificate> certificate) {
        if (certificate.isEmpty()) {
            return Finding.unchecked(
                    CheckName.SIGNATURE_VALUE, SubIndication.NO_CERTIFICATE_CHAIN_FOUND, "no signing certificate");
        }
        Optional<PublicKey> key = SignerCertificates.publicKey(certificate.get());
        if (key.isEmpty()) {
            return Finding.failed(
                    CheckName.SIGNATURE_VALUE,
                    SubIndication.SIG_CRYPTO_FAILURE,
                    "the signer's public key cannot be read (unsupported algorithm or malformed key)");
        }
        return SignerIntegrity.signatureValue(signer, key.get(), content);
    }

    private Optional<Instant> claimedSigningTime() {
        if (signer.getSignedAttributes() == null) {
            return Optional.empty();
        }
        Attribute attribute = signer.getSignedAttributes().get(CMSAttributes.signingTime);
        if (attribute == null || attribute.getAttrValues().size() != 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(Time.getInstance(attribute.getAttrValues().getObjectAt(0))
                    .getDate()
                    .toInstant());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The subject as readable text (SERIALNUMBER=IIN…, CN=…), not RFC 2253's hex for unusual types. */
    static String subject(X509Certificate certificate) {
        return name(certificate.getSubjectX500Principal());
    }

    static String name(javax.security.auth.x500.X500Principal principal) {
        return org.bouncycastle.asn1.x500.X500Name.getInstance(
                        org.bouncycastle.asn1.x500.style.BCStyle.INSTANCE, principal.getEncoded())
                .toString();
    }
}

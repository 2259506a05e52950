package kz.qoltanba.portal.signing;

import kz.qoltanba.signing.cert.CertificateInfo;
import kz.qoltanba.signing.cert.KeyPurpose;
import kz.qoltanba.signing.cert.SubjectType;

/** The portal's own checks on the verified signer certificate: V8 subject type, V9 BIN then IIN, V10 algorithm. */
final class SignerChecks {
    private final SigningSettings.AlgorithmRule legalEntityAlgorithm;

    SignerChecks(SigningSettings.AlgorithmRule legalEntityAlgorithm) {
        this.legalEntityAlgorithm = legalEntityAlgorithm;
    }

    void check(CertificateInfo info, SignerRule rule) throws SignatureRejectedException {
        subjectType(info, rule);
        binding(info, rule);
        algorithm(info, rule);
    }

    private static void subjectType(CertificateInfo info, SignerRule rule) throws SignatureRejectedException {
        if (rule.subject() == SubjectKind.LEGAL
                && (info.subjectType() != SubjectType.LEGAL_ENTITY || info.bin() == null)) {
            throw Rejection.CERT_NOT_LEGAL_ENTITY.exception(
                    "the certificate " + info.serialNumber() + " is of a " + info.subjectType() + " holder");
        }
        if (rule.subject() == SubjectKind.INDIVIDUAL && info.subjectType() != SubjectType.INDIVIDUAL) {
            throw Rejection.CERT_NOT_INDIVIDUAL.exception(
                    "the certificate " + info.serialNumber() + " is of a " + info.subjectType() + " holder");
        }
    }

    private static void binding(CertificateInfo info, SignerRule rule) throws SignatureRejectedException {
        if (rule.bin() != null && !rule.bin().equals(info.bin())) {
            throw Rejection.CERT_BIN_MISMATCH.exception(
                    "the certificate names BIN " + info.bin() + ", the action needs " + rule.bin());
        }
        if (rule.iin() != null && !rule.iin().equals(info.iin())) {
            throw Rejection.CERT_IIN_MISMATCH.exception(
                    "the certificate names IIN " + info.iin() + ", the action needs " + rule.iin());
        }
    }

    private void algorithm(CertificateInfo info, SignerRule rule) throws SignatureRejectedException {
        boolean legalDocument = rule.purpose() == KeyPurpose.SIGN && info.subjectType() == SubjectType.LEGAL_ENTITY;
        if (legalDocument
                && legalEntityAlgorithm == SigningSettings.AlgorithmRule.GOST
                && (info.keyAlgorithm() == null || !info.keyAlgorithm().isGost())) {
            throw Rejection.SIG_ALGORITHM_NOT_ALLOWED.exception(
                    "a legal entity's document needs a GOST key, the certificate has " + info.keyAlgorithmOid());
        }
    }
}

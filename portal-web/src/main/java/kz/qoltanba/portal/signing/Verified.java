package kz.qoltanba.portal.signing;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;
import kz.qoltanba.signing.cert.CertificateInfo;
import kz.qoltanba.signing.cert.SubjectType;
import kz.qoltanba.signing.validation.ValidationReport;

/** A signature that passed V2–V11: its report, signer certificate and what it says. */
record Verified(
        ValidationReport report, X509Certificate certificate, CertificateInfo info, Optional<Instant> timestampTime) {

    SignerIdentity identity() {
        String name = info.commonName() == null ? info.subjectDn() : info.commonName();
        if (info.givenName() != null && !name.contains(info.givenName())) {
            name = name + " " + info.givenName();
        }
        return new SignerIdentity(
                info.iin(),
                info.bin(),
                name,
                info.organization(),
                info.serialNumber(),
                kind(info.subjectType()),
                info.keyPurpose());
    }

    String algorithm() {
        return info.keyAlgorithm() == null
                ? info.keyAlgorithmOid()
                : info.keyAlgorithm().name();
    }

    byte[] certificateDer() {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("cannot encode a verified certificate", e);
        }
    }

    static SubjectKind kind(SubjectType type) {
        if (type == null) {
            return SubjectKind.ANY;
        }
        return type == SubjectType.INDIVIDUAL ? SubjectKind.INDIVIDUAL : SubjectKind.LEGAL;
    }
}

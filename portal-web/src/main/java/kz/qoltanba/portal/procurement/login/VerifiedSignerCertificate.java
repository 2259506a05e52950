package kz.qoltanba.portal.procurement.login;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import kz.qoltanba.portal.PortalServices;
import kz.qoltanba.portal.signing.SigningPipeline;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.cert.CertificateInfo;

/**
 * The fields the pipeline's signer identity does not carry (e-mail, surname, patronymic), read from the signer
 * certificate the pipeline verified and stored with the login document: never from the certificates the signed
 * XML's {@code KeyInfo} carries, which anyone can add to.
 */
final class VerifiedSignerCertificate {
    private VerifiedSignerCertificate() {}

    static Optional<CertificateInfo> of(Connection c, PortalServices services, UUID requestId) throws SQLException {
        return services.require(SigningPipeline.class)
                .documents()
                .signerCertificate(c, requestId)
                .map(VerifiedSignerCertificate::info);
    }

    private static CertificateInfo info(java.security.cert.X509Certificate certificate) {
        try {
            return CertificateInfo.of(certificate);
        } catch (MalformedInputException e) {
            throw new IllegalStateException("the verified signer certificate cannot be read", e);
        }
    }
}

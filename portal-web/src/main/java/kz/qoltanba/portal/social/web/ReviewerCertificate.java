package kz.qoltanba.portal.social.web;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import kz.qoltanba.portal.web.Principal;

/**
 * L2 step 4: the data of the EDS a reviewer has just logged in with (name, ИИН, БИН, organisation, validity), read
 * from the login signature the session itself stored, never from another login of the same holder.
 */
public record ReviewerCertificate(
        String name, String iin, String bin, String organisation, String serial, Instant notBefore, Instant notAfter) {

    /**
     * The certificate of the stored login signature {@code loginDocumentId}; empty unless it is a reviewer login of
     * {@code principal}'s holder (same ИИН and БИН).
     */
    public static Optional<ReviewerCertificate> ofLogin(Connection c, long loginDocumentId, Principal principal)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT signer_name, signer_iin, signer_bin,"
                + " signer_organization, signer_serial, signer_certificate FROM signed_document"
                + " WHERE id = ? AND object_type = 'login' AND object_id = 'reviewer' AND signer_iin = ?"
                + " AND signer_bin = ?")) {
            s.setLong(1, loginDocumentId);
            s.setString(2, principal.iin());
            s.setString(3, principal.bin());
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                X509Certificate certificate = parse(r.getBytes("signer_certificate"));
                return Optional.of(new ReviewerCertificate(
                        r.getString("signer_name"),
                        r.getString("signer_iin"),
                        r.getString("signer_bin"),
                        r.getString("signer_organization"),
                        r.getString("signer_serial"),
                        certificate.getNotBefore().toInstant(),
                        certificate.getNotAfter().toInstant()));
            }
        }
    }

    private static X509Certificate parse(byte[] der) {
        try {
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new IllegalStateException("a stored login certificate cannot be read: " + e.getMessage(), e);
        }
    }
}

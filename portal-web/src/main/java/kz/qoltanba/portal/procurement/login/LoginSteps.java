package kz.qoltanba.portal.procurement.login;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import kz.qoltanba.portal.procurement.account.CertificateHolder;

/**
 * {@code procurement_login_step}: kept in the database (not in memory) so any instance can serve the next
 * request. A step older than {@link #LIFETIME} is treated as absent: the user chooses the certificate again.
 */
final class LoginSteps {
    static final Duration LIFETIME = Duration.ofMinutes(30);

    void save(Connection c, String sessionId, CertificateHolder h, Instant now) throws SQLException {
        delete(c, sessionId);
        String sql = "INSERT INTO procurement_login_step (session_id, iin, full_name, surname, given_name, patronymic,"
                + " bin, organisation, email, certificate_serial, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, sessionId);
            s.setString(2, h.iin());
            s.setString(3, h.fullName());
            s.setString(4, h.surname());
            s.setString(5, h.givenName());
            s.setString(6, h.patronymic());
            s.setString(7, h.bin());
            s.setString(8, h.organisation());
            s.setString(9, h.email());
            s.setString(10, h.certificateSerial());
            s.setTimestamp(11, Timestamp.from(now));
            s.executeUpdate();
        }
    }

    Optional<LoginStep> find(Connection c, String sessionId, Instant now) throws SQLException {
        String sql = "SELECT * FROM procurement_login_step WHERE session_id = ? AND created_at > ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, sessionId);
            s.setTimestamp(2, Timestamp.from(now.minus(LIFETIME)));
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                CertificateHolder holder = new CertificateHolder(
                        r.getString("iin"),
                        r.getString("full_name"),
                        r.getString("surname"),
                        r.getString("given_name"),
                        r.getString("patronymic"),
                        r.getString("bin"),
                        r.getString("organisation"),
                        r.getString("email"),
                        r.getString("certificate_serial"));
                long agreement = r.getLong("agreement_document_id");
                return Optional.of(
                        new LoginStep(sessionId, holder, r.wasNull() ? Optional.empty() : Optional.of(agreement)));
            }
        }
    }

    void agreementSigned(Connection c, String sessionId, long documentId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE procurement_login_step SET agreement_document_id = ? WHERE session_id = ?")) {
            s.setLong(1, documentId);
            s.setString(2, sessionId);
            s.executeUpdate();
        }
    }

    void delete(Connection c, String sessionId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM procurement_login_step WHERE session_id = ?")) {
            s.setString(1, sessionId);
            s.executeUpdate();
        }
    }
}

package kz.qoltanba.portal.social.order;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** SQL of the service recipients. */
public final class Recipients {
    /** The recipient with {@code iin}, created with the certificate's name at the first login. */
    public Recipient enter(Connection c, String iin, String fullName, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO social_recipient (iin, full_name, created_at)"
                + " VALUES (?, ?, ?) ON CONFLICT (iin) DO NOTHING")) {
            s.setString(1, iin);
            s.setString(2, fullName);
            s.setTimestamp(3, Timestamp.from(now));
            s.executeUpdate();
        }
        return find(c, iin).orElseThrow();
    }

    public Optional<Recipient> find(Connection c, String iin) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, iin, full_name, phone, email, address FROM social_recipient WHERE iin = ?")) {
            s.setString(1, iin);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Recipient(
                        r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6)));
            }
        }
    }

    /** Remembers the contact data of the last order for the next one. */
    public void rememberContacts(Connection c, long id, String phone, String email) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("UPDATE social_recipient SET phone = ?, email = ? WHERE id = ?")) {
            s.setString(1, phone);
            s.setString(2, email);
            s.setLong(3, id);
            s.executeUpdate();
        }
    }
}

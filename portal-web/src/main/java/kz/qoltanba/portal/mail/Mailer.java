package kz.qoltanba.portal.mail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sends the portal's mails by storing them (table {@code mail_message}) in the transaction of the change that
 * caused them, so a mail exists exactly when its change does. In dev mode the mailbox page shows them; delivery
 * by SMTP would read the same table.
 */
public final class Mailer {
    private final Clock clock;
    private final String from;

    public Mailer(Clock clock, String from) {
        this.clock = clock;
        this.from = from;
    }

    /** Stores a mail to {@code to}; returns its id. */
    public long send(Connection c, String to, String subject, String body) throws SQLException {
        String address = to == null ? "" : to.trim();
        if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("not an e-mail address: '" + to + "'");
        }
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("a mail to " + address + " has no subject");
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO mail_message (sent_at, from_address, to_address, subject, body) VALUES (?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setTimestamp(1, Timestamp.from(clock.instant()));
            s.setString(2, from);
            s.setString(3, address.toLowerCase(Locale.ROOT));
            s.setString(4, subject);
            s.setString(5, body == null ? "" : body);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The mails to {@code toOrNull} (all mails when null), newest first, at most 200. */
    public List<MailMessage> mailbox(Connection c, String toOrNull) throws SQLException {
        String sql = "SELECT id, sent_at, from_address, to_address, subject, body FROM mail_message "
                + (toOrNull == null ? "" : "WHERE to_address = ? ")
                + "ORDER BY id DESC LIMIT 200";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (toOrNull != null) {
                s.setString(1, toOrNull.trim().toLowerCase(Locale.ROOT));
            }
            List<MailMessage> mails = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    mails.add(new MailMessage(
                            r.getLong(1),
                            r.getTimestamp(2).toInstant(),
                            r.getString(3),
                            r.getString(4),
                            r.getString(5),
                            r.getString(6)));
                }
            }
            return mails;
        }
    }
}

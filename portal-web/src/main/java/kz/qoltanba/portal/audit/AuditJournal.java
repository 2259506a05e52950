package kz.qoltanba.portal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kz.qoltanba.portal.web.Principal;

/**
 * The journal of every action (table {@code audit_event}): who, when, what, on which object. Written in the same
 * transaction as the change it describes, so a rolled-back change leaves no entry.
 */
public final class AuditJournal {
    private final Clock clock;

    public AuditJournal(Clock clock) {
        this.clock = clock;
    }

    /**
     * Records an action.
     *
     * @param actorOrNull who did it (null for the system or an anonymous visitor)
     * @param action what happened, e.g. {@code "application.approved"}
     * @param details free text (never a password, key or signature value)
     */
    public void record(
            Connection c, Principal actorOrNull, String action, String objectType, String objectId, String details)
            throws SQLException {
        Objects.requireNonNull(action, "action");
        try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_event (at, actor_area, actor_account_id, "
                + "actor_name, actor_iin, actor_bin, action, object_type, object_id, details) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setTimestamp(1, Timestamp.from(clock.instant()));
            s.setString(2, actorOrNull == null ? null : actorOrNull.area());
            s.setObject(3, actorOrNull == null ? null : actorOrNull.accountId());
            s.setString(4, actorOrNull == null ? null : actorOrNull.displayName());
            s.setString(5, actorOrNull == null ? null : actorOrNull.iin());
            s.setString(6, actorOrNull == null ? null : actorOrNull.bin());
            s.setString(7, action);
            s.setString(8, objectType);
            s.setString(9, objectId);
            s.setString(10, details);
            s.executeUpdate();
        }
    }

    /** The entries about one object, oldest first. */
    public List<AuditEvent> of(Connection c, String objectType, String objectId) throws SQLException {
        return query(c, "WHERE object_type = ? AND object_id = ? ORDER BY id", objectType, objectId);
    }

    /** The latest {@code limit} entries, newest first. */
    public List<AuditEvent> latest(Connection c, int limit) throws SQLException {
        return query(c, "ORDER BY id DESC LIMIT " + Math.max(1, Math.min(limit, 1000)));
    }

    private static List<AuditEvent> query(Connection c, String tail, String... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, at, actor_area, actor_account_id, actor_name, "
                + "actor_iin, actor_bin, action, object_type, object_id, details FROM audit_event " + tail)) {
            for (int i = 0; i < args.length; i++) {
                s.setString(i + 1, args[i]);
            }
            List<AuditEvent> events = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    events.add(new AuditEvent(
                            r.getLong(1),
                            r.getTimestamp(2).toInstant(),
                            r.getString(3),
                            r.getObject(4, Long.class),
                            r.getString(5),
                            r.getString(6),
                            r.getString(7),
                            r.getString(8),
                            r.getString(9),
                            r.getString(10),
                            r.getString(11)));
                }
            }
            return events;
        }
    }
}

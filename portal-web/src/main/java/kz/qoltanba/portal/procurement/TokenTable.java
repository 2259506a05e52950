package kz.qoltanba.portal.procurement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * A table of {@link OneTimeToken}s stored by digest ({@code token_hash, account_id, expires_at, used_at}, and
 * {@code purpose} where one table holds several kinds): presenting a token spends it once.
 */
public final class TokenTable {
    /** The outcome of presenting a token; {@code accountId} is meaningful only when ACCEPTED. */
    public record Use(TokenVerdict verdict, long accountId) {}

    private final String table;

    /** @param table the table's name, a fixed identifier of the schema (never user input) */
    public TokenTable(String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("table: a plain lower-case identifier, got '" + table + "'");
        }
        this.table = table;
    }

    /**
     * Spends the token if it is known (for {@code purpose}, when not null), unused and unexpired; the row stays
     * locked until the transaction ends, so two requests cannot both spend it.
     */
    public Use spend(Connection c, String presented, String purpose, Instant now) throws SQLException {
        String digest = OneTimeToken.digestOf(presented);
        String sql = "SELECT account_id, expires_at, used_at FROM " + table + " WHERE token_hash = ?"
                + (purpose == null ? "" : " AND purpose = ?") + " FOR UPDATE";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, digest);
            if (purpose != null) {
                s.setString(2, purpose);
            }
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return new Use(TokenVerdict.UNKNOWN, 0);
                }
                if (r.getTimestamp("used_at") != null) {
                    return new Use(TokenVerdict.USED, 0);
                }
                if (!now.isBefore(r.getTimestamp("expires_at").toInstant())) {
                    return new Use(TokenVerdict.EXPIRED, 0);
                }
                long accountId = r.getLong("account_id");
                markUsed(c, digest, now);
                return new Use(TokenVerdict.ACCEPTED, accountId);
            }
        }
    }

    private void markUsed(Connection c, String digest, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE " + table + " SET used_at = ? WHERE token_hash = ?")) {
            s.setTimestamp(1, Timestamp.from(now));
            s.setString(2, digest);
            s.executeUpdate();
        }
    }
}

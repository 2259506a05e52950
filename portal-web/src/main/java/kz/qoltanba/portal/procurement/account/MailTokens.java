package kz.qoltanba.portal.procurement.account;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import kz.qoltanba.portal.procurement.OneTimeToken;
import kz.qoltanba.portal.procurement.TokenVerdict;

/** Activation and recovery links: single use, expiring, stored by digest in {@code procurement_mail_token}. */
final class MailTokens {
    enum Purpose {
        ACTIVATION,
        RECOVERY
    }

    /** The outcome of presenting a token; {@code accountId} is meaningful only when ACCEPTED. */
    record Use(TokenVerdict verdict, long accountId) {}

    private final SecureRandom random;

    MailTokens(SecureRandom random) {
        this.random = random;
    }

    OneTimeToken issue(Connection c, long accountId, Purpose purpose, Instant now, Duration ttl) throws SQLException {
        OneTimeToken token = OneTimeToken.random(random);
        String sql = "INSERT INTO procurement_mail_token (token_hash, account_id, purpose, created_at, expires_at)"
                + " VALUES (?, ?, ?, ?, ?)";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, token.digest());
            s.setLong(2, accountId);
            s.setString(3, purpose.name());
            s.setTimestamp(4, Timestamp.from(now));
            s.setTimestamp(5, Timestamp.from(now.plus(ttl)));
            s.executeUpdate();
        }
        return token;
    }

    /** Makes every unused token of {@code purpose} of the account unusable (a newer one replaces them). */
    void revoke(Connection c, long accountId, Purpose purpose, Instant now) throws SQLException {
        String sql =
                "UPDATE procurement_mail_token SET used_at = ? WHERE account_id = ? AND purpose = ? AND used_at IS NULL";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setTimestamp(1, Timestamp.from(now));
            s.setLong(2, accountId);
            s.setString(3, purpose.name());
            s.executeUpdate();
        }
    }

    /** Spends the token if it is known, unused and unexpired; the row stays locked until the transaction ends. */
    Use spend(Connection c, String presented, Purpose purpose, Instant now) throws SQLException {
        String sql = "SELECT account_id, expires_at, used_at FROM procurement_mail_token"
                + " WHERE token_hash = ? AND purpose = ? FOR UPDATE";
        String digest = OneTimeToken.digestOf(presented);
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, digest);
            s.setString(2, purpose.name());
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

    private static void markUsed(Connection c, String digest, Instant now) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("UPDATE procurement_mail_token SET used_at = ? WHERE token_hash = ?")) {
            s.setTimestamp(1, Timestamp.from(now));
            s.setString(2, digest);
            s.executeUpdate();
        }
    }
}

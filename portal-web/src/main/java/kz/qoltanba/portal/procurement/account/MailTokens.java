package kz.qoltanba.portal.procurement.account;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import kz.qoltanba.portal.procurement.OneTimeToken;
import kz.qoltanba.portal.procurement.TokenTable;

/** Activation and recovery links: single use, expiring, stored by digest in {@code procurement_mail_token}. */
final class MailTokens {
    enum Purpose {
        ACTIVATION,
        RECOVERY
    }

    private static final TokenTable TABLE = new TokenTable("procurement_mail_token");

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
    TokenTable.Use spend(Connection c, String presented, Purpose purpose, Instant now) throws SQLException {
        return TABLE.spend(c, presented, purpose.name(), now);
    }
}

package kz.qoltanba.portal.procurement.files;

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

/**
 * The token a procurement page hands to the signing app for one upload: bound to the logged-in account,
 * single use (spent by the first upload that presents it, whatever its outcome), expiring.
 */
public final class UploadTokens {
    /** The outcome of presenting a token; {@code accountId} is meaningful only when ACCEPTED. */
    public record Use(TokenVerdict verdict, long accountId) {}

    private final SecureRandom random;

    public UploadTokens(SecureRandom random) {
        this.random = random;
    }

    public OneTimeToken issue(Connection c, long accountId, Instant now, Duration ttl) throws SQLException {
        OneTimeToken token = OneTimeToken.random(random);
        String sql = "INSERT INTO procurement_upload_token (token_hash, account_id, created_at, expires_at)"
                + " VALUES (?, ?, ?, ?)";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, token.digest());
            s.setLong(2, accountId);
            s.setTimestamp(3, Timestamp.from(now));
            s.setTimestamp(4, Timestamp.from(now.plus(ttl)));
            s.executeUpdate();
        }
        return token;
    }

    public Use spend(Connection c, String presented, Instant now) throws SQLException {
        String digest = OneTimeToken.digestOf(presented);
        String sql = "SELECT account_id, expires_at, used_at FROM procurement_upload_token WHERE token_hash = ?"
                + " FOR UPDATE";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, digest);
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
                try (PreparedStatement u =
                        c.prepareStatement("UPDATE procurement_upload_token SET used_at = ? WHERE token_hash = ?")) {
                    u.setTimestamp(1, Timestamp.from(now));
                    u.setString(2, digest);
                    u.executeUpdate();
                }
                return new Use(TokenVerdict.ACCEPTED, accountId);
            }
        }
    }
}

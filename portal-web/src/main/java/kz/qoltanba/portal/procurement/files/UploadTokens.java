package kz.qoltanba.portal.procurement.files;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import kz.qoltanba.portal.procurement.OneTimeToken;
import kz.qoltanba.portal.procurement.TokenTable;

/**
 * The token a procurement page hands to the signing app for one upload: bound to the logged-in account,
 * single use (spent by the first upload that presents it, whatever its outcome), expiring.
 */
public final class UploadTokens {
    private static final TokenTable TABLE = new TokenTable("procurement_upload_token");

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

    /** Spends the token if it is known, unused and unexpired (whatever the upload's outcome). */
    public TokenTable.Use spend(Connection c, String presented, Instant now) throws SQLException {
        return TABLE.spend(c, presented, null, now);
    }
}

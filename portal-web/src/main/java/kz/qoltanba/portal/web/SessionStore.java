package kz.qoltanba.portal.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.i18n.Lang;

/**
 * Sessions in PostgreSQL (table {@code web_session}), so any instance of the portal serves any request. Only the
 * SHA-256 of the cookie token is stored. A session ends after {@code idle} without requests or {@code maxAge} after
 * it began; the last-seen time is written at most once a minute.
 */
public final class SessionStore {
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final PortalDatabase db;
    private final Clock clock;
    private final SecureRandom random;
    private final Duration idle;
    private final Duration maxAge;

    public SessionStore(PortalDatabase db, Clock clock, SecureRandom random, Duration idle, Duration maxAge) {
        this.db = db;
        this.clock = clock;
        this.random = random;
        this.idle = idle;
        this.maxAge = maxAge;
    }

    /** A new random token (cookie value or CSRF token): 256 bits, URL-safe. */
    String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String idOf(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The live session of a cookie token; an expired one is deleted and not returned. */
    Optional<SessionRecord> find(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        String id = idOf(token);
        Instant now = clock.instant();
        return db.inTransaction(c -> {
            Optional<SessionRecord> found = select(c, id);
            if (found.isEmpty()) {
                return found;
            }
            SessionRecord record = found.get();
            if (expired(record, now)) {
                delete(c, id);
                return Optional.empty();
            }
            if (Duration.between(record.lastSeenAt(), now).compareTo(TOUCH_INTERVAL) >= 0) {
                try (PreparedStatement s = c.prepareStatement("UPDATE web_session SET last_seen_at = ? WHERE id = ?")) {
                    s.setTimestamp(1, Timestamp.from(now));
                    s.setString(2, id);
                    s.executeUpdate();
                }
            }
            return found;
        });
    }

    boolean expired(SessionRecord record, Instant now) {
        return !now.isBefore(record.lastSeenAt().plus(idle))
                || !now.isBefore(record.createdAt().plus(maxAge));
    }

    /**
     * Stores a new session for {@code token}; also removes sessions that have expired.
     *
     * @param loginDocumentId the login signature a certificate login stored, or null
     */
    SessionRecord create(String token, Lang lang, Principal principal, Long loginDocumentId) {
        Instant now = clock.instant();
        SessionRecord record = new SessionRecord(idOf(token), newToken(), lang, principal, loginDocumentId, now, now);
        db.inTransaction(c -> {
            purgeExpired(c, now);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO web_session (id, csrf_token, lang, "
                    + "principal_area, principal_account_id, principal_roles, principal_name, principal_iin, "
                    + "principal_bin, login_document_id, created_at, last_seen_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, record.id());
                s.setString(2, record.csrfToken());
                s.setString(3, lang == null ? null : lang.code());
                s.setString(4, principal == null ? null : principal.area());
                s.setObject(5, principal == null ? null : principal.accountId());
                s.setString(6, principal == null ? null : String.join(",", principal.roles()));
                s.setString(7, principal == null ? null : principal.displayName());
                s.setString(8, principal == null ? null : principal.iin());
                s.setString(9, principal == null ? null : principal.bin());
                s.setObject(10, loginDocumentId);
                s.setTimestamp(11, Timestamp.from(now));
                s.setTimestamp(12, Timestamp.from(now));
                s.executeUpdate();
            }
            return null;
        });
        return record;
    }

    void delete(String id) {
        db.inTransaction(c -> {
            delete(c, id);
            return null;
        });
    }

    void updateLang(String id, Lang lang) {
        db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE web_session SET lang = ? WHERE id = ?")) {
                s.setString(1, lang.code());
                s.setString(2, id);
                s.executeUpdate();
            }
            return null;
        });
    }

    private static void delete(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM web_session WHERE id = ?")) {
            s.setString(1, id);
            s.executeUpdate();
        }
    }

    private void purgeExpired(Connection c, Instant now) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("DELETE FROM web_session WHERE last_seen_at <= ? OR created_at <= ?")) {
            s.setTimestamp(1, Timestamp.from(now.minus(idle)));
            s.setTimestamp(2, Timestamp.from(now.minus(maxAge)));
            s.executeUpdate();
        }
    }

    private static Optional<SessionRecord> select(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT csrf_token, lang, principal_area, principal_account_id, "
                + "principal_roles, principal_name, principal_iin, principal_bin, created_at, last_seen_at, "
                + "login_document_id "
                + "FROM web_session WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                Principal principal = null;
                if (r.getString(3) != null) {
                    Set<String> roles = r.getString(5).isEmpty()
                            ? Set.of()
                            : Arrays.stream(r.getString(5).split(",")).collect(Collectors.toSet());
                    principal = new Principal(
                            r.getString(3), r.getLong(4), roles, r.getString(6), r.getString(7), r.getString(8));
                }
                Lang lang = Lang.of(r.getString(2)).orElse(null);
                return Optional.of(new SessionRecord(
                        id,
                        r.getString(1),
                        lang,
                        principal,
                        r.getObject(11, Long.class),
                        r.getTimestamp(9).toInstant(),
                        r.getTimestamp(10).toInstant()));
            }
        }
    }
}

package kz.qoltanba.portal.signing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import kz.qoltanba.signing.cert.KeyPurpose;

/** The {@code sign_request} table. */
final class SignRequestStore {

    void insert(Connection c, StoredRequest request) throws SQLException {
        SignedAction action = request.action();
        SignerRule rule = action.rule();
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO sign_request (id, session_id, action, object_type,"
                        + " object_id, object_version, key_purpose, subject_kind, expected_iin, expected_bin, format, content,"
                        + " created_at, expires_at, doc_type, doc_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            s.setObject(++i, request.id());
            s.setString(++i, request.sessionId());
            s.setString(++i, action.name());
            s.setString(++i, action.objectType());
            s.setString(++i, action.objectId());
            s.setLong(++i, action.objectVersion());
            s.setString(++i, rule.purpose().name());
            s.setString(++i, rule.subject().name());
            s.setString(++i, rule.iin());
            s.setString(++i, rule.bin());
            s.setString(++i, request.format());
            s.setBytes(++i, request.content());
            s.setTimestamp(++i, Timestamp.from(request.createdAt()));
            s.setTimestamp(++i, Timestamp.from(request.expiresAt()));
            s.setString(++i, action.docType());
            s.setString(++i, action.docId());
            s.executeUpdate();
        }
    }

    /** The request, its row locked until the transaction ends (so two completions cannot both use it). */
    Optional<StoredRequest> lock(Connection c, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM sign_request WHERE id = ? FOR UPDATE")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                SignerRule rule = new SignerRule(
                        KeyPurpose.valueOf(r.getString("key_purpose")),
                        SubjectKind.valueOf(r.getString("subject_kind")),
                        r.getString("expected_iin"),
                        r.getString("expected_bin"));
                SignedAction action = new SignedAction(
                        r.getString("action"),
                        r.getString("object_type"),
                        r.getString("object_id"),
                        r.getLong("object_version"),
                        rule,
                        r.getString("doc_type"),
                        r.getString("doc_id"));
                Timestamp used = r.getTimestamp("used_at");
                return Optional.of(new StoredRequest(
                        id,
                        r.getString("session_id"),
                        action,
                        r.getString("format"),
                        r.getBytes("content"),
                        r.getTimestamp("created_at").toInstant(),
                        r.getTimestamp("expires_at").toInstant(),
                        used == null ? null : used.toInstant()));
            }
        }
    }

    void markUsed(Connection c, UUID id, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE sign_request SET used_at = ? WHERE id = ?")) {
            s.setTimestamp(1, Timestamp.from(at));
            s.setObject(2, id);
            s.executeUpdate();
        }
    }
}

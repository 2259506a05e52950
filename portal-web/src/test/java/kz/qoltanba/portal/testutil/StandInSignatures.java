package kz.qoltanba.portal.testutil;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * A stored signature for tests whose transitions do not sign for real: a used sign request and the
 * {@code signed_document} row it produced, so that the columns naming a signed document (foreign keys) accept its
 * id. Its object type is {@value #OBJECT_TYPE}, so no page that lists the signatures of an object ever shows it.
 */
public final class StandInSignatures {
    public static final String OBJECT_TYPE = "stand-in";

    private StandInSignatures() {}

    /** Stores a stand-in signature of the holder {@code iin} (and {@code bin}, may be null); returns its id. */
    public static long store(Connection c, String iin, String bin, String name) throws SQLException {
        UUID request = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        byte[] content = ("stand-in " + request).getBytes(StandardCharsets.UTF_8);
        String kind = bin == null ? "INDIVIDUAL" : "LEGAL";
        try (PreparedStatement s = c.prepareStatement("INSERT INTO sign_request (id, session_id, action, object_type,"
                + " object_id, object_version, key_purpose, subject_kind, format, content, created_at, expires_at,"
                + " used_at) VALUES (?, 'stand-in', 'stand-in', ?, ?, 0, 'SIGN', ?, 'cms', ?, ?, ?, ?)")) {
            s.setObject(1, request);
            s.setString(2, OBJECT_TYPE);
            s.setString(3, request.toString());
            s.setString(4, kind);
            s.setBytes(5, content);
            s.setTimestamp(6, now);
            s.setTimestamp(7, now);
            s.setTimestamp(8, now);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO signed_document (request_id, action, doc_type,"
                + " doc_id, object_type, object_id, object_version, format, signed_bytes, content, signer_iin,"
                + " signer_bin, signer_name, signer_serial, signer_issuer, signer_subject_kind, signer_purpose,"
                + " signer_algorithm, signer_certificate, report_json, verified_at, created_at) VALUES (?, 'stand-in',"
                + " 'STAND_IN', ?, ?, ?, 0, 'cms', ?, ?, ?, ?, ?, '01', 'CN=stand-in', ?, 'SIGN', 'none', ?, '{}', ?,"
                + " ?) RETURNING id")) {
            int i = 0;
            s.setObject(++i, request);
            s.setString(++i, request.toString());
            s.setString(++i, OBJECT_TYPE);
            s.setString(++i, request.toString());
            s.setBytes(++i, content);
            s.setBytes(++i, content);
            s.setString(++i, iin);
            s.setString(++i, bin);
            s.setString(++i, name);
            s.setString(++i, kind);
            s.setBytes(++i, new byte[] {0});
            s.setTimestamp(++i, now);
            s.setTimestamp(++i, now);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}

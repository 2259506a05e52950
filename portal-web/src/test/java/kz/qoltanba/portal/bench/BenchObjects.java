package kz.qoltanba.portal.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The benchmark's own objects: one row per user with a version, and one transition row per state change. Kept
 * outside the portal's migrations (created if missing), so an external database only gains these two tables.
 */
final class BenchObjects {
    static final String TYPE = "bench_object";

    private BenchObjects() {}

    static void createTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_object (id TEXT PRIMARY KEY, version BIGINT NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS bench_transition (id BIGSERIAL PRIMARY KEY, object_id TEXT NOT"
                    + " NULL REFERENCES bench_object (id), from_version BIGINT NOT NULL, document_id BIGINT,"
                    + " UNIQUE (object_id, from_version))");
        }
    }

    static void insert(Connection c, String objectId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO bench_object (id, version) VALUES (?, 1)")) {
            s.setString(1, objectId);
            s.executeUpdate();
        }
    }

    /** Reads the version with the row locked until the transaction ends. */
    static long lockVersion(Connection c, String objectId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT version FROM bench_object WHERE id = ? FOR UPDATE")) {
            s.setString(1, objectId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new SQLException("bench object " + objectId + " does not exist");
                }
                return r.getLong(1);
            }
        }
    }

    /** Records the transition from {@code version} and raises the object's version. */
    static void transition(Connection c, String objectId, long version, Long documentId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO bench_transition (object_id, from_version, document_id) VALUES (?, ?, ?)")) {
            s.setString(1, objectId);
            s.setLong(2, version);
            s.setObject(3, documentId);
            s.executeUpdate();
        }
        try (PreparedStatement s =
                c.prepareStatement("UPDATE bench_object SET version = version + 1 WHERE id = ? AND version = ?")) {
            s.setString(1, objectId);
            s.setLong(2, version);
            if (s.executeUpdate() != 1) {
                throw new SQLException("bench object " + objectId + " moved under a lock");
            }
        }
    }
}

package kz.qoltanba.portal.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * One embedded PostgreSQL per test JVM; each {@link #fresh()} call creates a new, empty, migrated database on
 * it, so test classes never see each other's rows.
 */
public final class TestDatabase {
    private static EmbeddedPostgres server;

    private TestDatabase() {}

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is ending anyway
                }
            }));
        }
        return server;
    }

    /** A new migrated database; close it to release its pool (the database itself is dropped with the server). */
    public static PortalDatabase fresh() {
        return PortalDatabase.external(empty(), "postgres", "");
    }

    /** A new database without any migration (user {@code postgres}, no password); returns its JDBC URL. */
    public static String empty() {
        EmbeddedPostgres pg = server();
        String name = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
        return pg.getJdbcUrl("postgres", name);
    }
}

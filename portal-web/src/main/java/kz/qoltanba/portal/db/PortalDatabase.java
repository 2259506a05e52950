package kz.qoltanba.portal.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The portal's PostgreSQL: an embedded server whose data stays in a directory (the default, so one command
 * runs everything), or an external server by URL. The schema is brought up to date by the Flyway migrations
 * in {@code db/migration} before the pool is handed out.
 */
public final class PortalDatabase implements AutoCloseable {
    private final EmbeddedPostgres embedded;
    private final HikariDataSource pool;

    private PortalDatabase(EmbeddedPostgres embedded, HikariDataSource pool) {
        this.embedded = embedded;
        this.pool = pool;
    }

    /** Starts (or restarts on the same data) an embedded PostgreSQL whose data lives in {@code dataDirectory}. */
    public static PortalDatabase embedded(Path dataDirectory, int port) throws IOException {
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres.Builder builder =
                EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres server = builder.start();
        try {
            return open(server, server.getJdbcUrl("postgres", "postgres"), "postgres", "");
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** Connects to an external PostgreSQL. */
    public static PortalDatabase external(String jdbcUrl, String user, String password) {
        return open(null, jdbcUrl, user, password);
    }

    private static PortalDatabase open(EmbeddedPostgres server, String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(16);
        config.setPoolName("portal");
        config.setAutoCommit(true);
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new PortalDatabase(server, pool);
    }

    public DataSource dataSource() {
        return pool;
    }

    /** The JDBC URL of the running server (for tools and tests). */
    public String jdbcUrl() {
        return pool.getJdbcUrl();
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. Every
     * state change of the portal goes through here.
     */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    @Override
    public void close() throws IOException {
        pool.close();
        if (embedded != null) {
            embedded.close();
        }
    }

    /** Work inside a transaction. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}

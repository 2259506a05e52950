package kz.qoltanba.portal.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import kz.qoltanba.portal.testutil.StandInSignatures;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

/**
 * Upgrading a database that already holds business rows to V36 (the foreign keys to {@code signed_document}): rows
 * that name stored signatures keep them; a row naming a signature that is not stored stops the upgrade with the
 * table and column named, and the schema stays where it was.
 */
class SignedDocumentReferencesMigrationIT {
    private static final String BEFORE = "35";
    private static final String REFERENCES = "36";
    private final String url = TestDatabase.empty();

    @Test
    void whenTheRowsNameStoredSignatures_thenTheUpgradeAddsTheKeys() throws Exception {
        migrate(BEFORE);
        try (Connection c = connect()) {
            insertAccount(c, StandInSignatures.store(c, "850101300111", null, "АХМЕТОВ ЕРЛАН"));
        }

        migrate(REFERENCES);

        assertThat(version()).isEqualTo(REFERENCES);
        try (Connection c = connect();
                ResultSet r = c.createStatement()
                        .executeQuery("SELECT count(*) FROM pg_constraint WHERE conname LIKE '%_document_fk'")) {
            r.next();
            assertThat(r.getInt(1)).isEqualTo(8);
        }
    }

    @Test
    void whenARowNamesASignatureThatIsNotStored_thenTheUpgradeStopsNamingTheColumn_andTheSchemaStays()
            throws Exception {
        migrate(BEFORE);
        try (Connection c = connect()) {
            insertAccount(c, 987_654_321L);
        }

        assertThatThrownBy(() -> migrate(REFERENCES))
                .isInstanceOf(FlywayException.class)
                .hasStackTraceContaining("procurement_account.agreement_document_id names 1 signed document(s)"
                        + " that signed_document does not hold");
        assertThat(version()).isEqualTo(BEFORE);
    }

    private void migrate(String target) {
        flyway(target).migrate();
    }

    private String version() {
        return flyway("latest").info().current().getVersion().getVersion();
    }

    private Flyway flyway(String target) {
        return Flyway.configure()
                .dataSource(url, "postgres", "")
                .locations("classpath:db/migration")
                .target(target)
                .load();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "postgres", "");
    }

    private static void insertAccount(Connection c, long agreement) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO procurement_account (iin, full_name, email, status,"
                + " password_hash, agreement_document_id, registered_at)"
                + " VALUES ('850101300111', 'АХМЕТОВ ЕРЛАН', 'a@example.kz', 'ACTIVE', 'x', ?, ?)")) {
            s.setLong(1, agreement);
            s.setTimestamp(2, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
    }
}

package kz.qoltanba.portal.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortalDatabaseIT {
    @Test
    void embeddedServerKeepsItsDataAcrossRestarts(@TempDir Path dir) throws Exception {
        try (PortalDatabase db = PortalDatabase.embedded(dir.resolve("pg"), 0)) {
            db.inTransaction(c -> c.createStatement().executeUpdate("INSERT INTO schema_note VALUES (2, 'kept')"));
        }
        try (PortalDatabase db = PortalDatabase.embedded(dir.resolve("pg"), 0)) {
            String note = db.inTransaction(c -> {
                ResultSet r = c.createStatement().executeQuery("SELECT note FROM schema_note WHERE id = 2");
                r.next();
                return r.getString(1);
            });
            assertThat(note).isEqualTo("kept");
        }
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() throws Exception {
        try (PortalDatabase db = TestDatabase.fresh()) {
            assertThatThrownBy(() -> db.inTransaction(c -> {
                        c.createStatement().executeUpdate("INSERT INTO schema_note VALUES (3, 'half')");
                        throw new IllegalStateException("rule broken");
                    }))
                    .hasMessage("rule broken");
            long count = db.inTransaction(c -> {
                ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM schema_note WHERE id = 3");
                r.next();
                return r.getLong(1);
            });
            assertThat(count).isZero();
        }
    }
}

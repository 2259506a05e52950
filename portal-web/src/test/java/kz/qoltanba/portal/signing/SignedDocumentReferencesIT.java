package kz.qoltanba.portal.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import kz.qoltanba.portal.db.DatabaseException;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.social.SocialWorld;
import kz.qoltanba.portal.testutil.StandInSignatures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Every column that names a stored signature is a foreign key to {@code signed_document}, and a stored signature is
 * append-only: the database itself refuses a reference to a missing signature, the removal of a referenced one and
 * any change to one. The rows come from the social flows (stand-in signatures, stored before the rows naming them).
 */
class SignedDocumentReferencesIT {
    private static final long MISSING = 987_654_321L;
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    /** ON DELETE RESTRICT and the append-only rule both answer restrict_violation. */
    private static final String RESTRICT_VIOLATION = "23001";

    private final SocialWorld world = new SocialWorld();
    private final PortalDatabase db = world.db;

    @BeforeEach
    void answeredOrder() {
        long product = world.approvedProduct("10");
        long order = world.pickupOrder(product);
        world.tx(c -> {
            world.fulfilment.answer(c, world.supplierA, order, true, null, world.signature(world.supplierA));
            return null;
        });
    }

    @AfterEach
    void close() throws Exception {
        world.close();
    }

    @Test
    void whenAnyColumnNamesASignedDocument_thenItIsAForeignKeyToSignedDocument_andIndexed() {
        List<String> columns = db.inTransaction(c -> strings(
                c,
                "SELECT table_name || '.' || column_name"
                        + " FROM information_schema.columns WHERE table_schema = 'public' AND column_name LIKE '%document_id'"
                        + " ORDER BY 1"));
        List<String> referencing = db.inTransaction(c -> strings(
                c,
                "SELECT conrelid::regclass || '.' || a.attname"
                        + " FROM pg_constraint k JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]"
                        + " WHERE k.contype = 'f' AND k.confrelid = 'signed_document'::regclass"
                        + " AND k.conrelid <> 'signed_document'::regclass AND k.confdeltype IN ('r', 'a') ORDER BY 1"));
        List<String> indexed = db.inTransaction(c -> strings(
                c,
                "SELECT DISTINCT i.indrelid::regclass || '.'"
                        + " || a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid"
                        + " AND a.attnum = i.indkey[0] WHERE a.attname LIKE '%document_id' ORDER BY 1"));

        assertThat(columns)
                .containsExactly(
                        "procurement_account.agreement_document_id",
                        "procurement_login_step.agreement_document_id",
                        "social_order.answer_document_id",
                        "social_order.handover_document_id",
                        "social_product_application.decision_document_id",
                        "social_product_application.submit_document_id",
                        "social_registry_application.decision_document_id",
                        "social_registry_application.submit_document_id",
                        "web_session.login_document_id");
        assertThat(referencing).isEqualTo(columns);
        assertThat(indexed).isEqualTo(columns);
    }

    @Test
    void whenAnAccountIsInsertedWithAMissingAgreement_thenTheForeignKeyRefusesIt() {
        ServerErrorMessage refused = refusal(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO procurement_account (iin, full_name, email,"
                    + " status, password_hash, agreement_document_id, registered_at)"
                    + " VALUES ('850101300111', 'АХМЕТОВ ЕРЛАН', 'a@example.kz', 'ACTIVE', 'x', ?, ?)")) {
                s.setLong(1, MISSING);
                s.setTimestamp(2, Timestamp.from(world.clock.instant()));
                return s.executeUpdate();
            }
        });

        assertThat(refused.getSQLState()).isEqualTo(FOREIGN_KEY_VIOLATION);
        assertThat(refused.getConstraint()).isEqualTo("procurement_account_agreement_document_fk");
        assertThat(refused.getDetail()).contains(Long.toString(MISSING), "signed_document");
    }

    @Test
    void whenALoginStepIsInsertedWithAMissingAgreement_thenTheForeignKeyRefusesIt() {
        ServerErrorMessage refused = refusal(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO procurement_login_step (session_id, iin,"
                    + " full_name, certificate_serial, agreement_document_id, created_at)"
                    + " VALUES ('s-1', '850101300111', 'АХМЕТОВ ЕРЛАН', '01', ?, ?)")) {
                s.setLong(1, MISSING);
                s.setTimestamp(2, Timestamp.from(world.clock.instant()));
                return s.executeUpdate();
            }
        });

        assertThat(refused.getSQLState()).isEqualTo(FOREIGN_KEY_VIOLATION);
        assertThat(refused.getConstraint()).isEqualTo("procurement_login_step_agreement_document_fk");
    }

    @ParameterizedTest
    @CsvSource({
        "social_registry_application, submit_document_id, social_registry_application_submit_document_fk",
        "social_registry_application, decision_document_id, social_registry_application_decision_document_fk",
        "social_product_application, submit_document_id, social_product_application_submit_document_fk",
        "social_product_application, decision_document_id, social_product_application_decision_document_fk",
        "social_order, answer_document_id, social_order_answer_document_fk",
        "social_order, handover_document_id, social_order_handover_document_fk"
    })
    void whenASocialRowIsPointedAtAMissingSignedDocument_thenTheForeignKeyRefusesIt(
            String table, String column, String constraint) {
        ServerErrorMessage refused = refusal(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate("UPDATE " + table + " SET " + column + " = " + MISSING);
            }
        });

        assertThat(refused.getSQLState()).isEqualTo(FOREIGN_KEY_VIOLATION);
        assertThat(refused.getConstraint()).isEqualTo(constraint);
    }

    @Test
    void whenTheSocialRowsWereStored_thenEachNamesAStoredSignedDocument() {
        long dangling = db.inTransaction(c -> {
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT count(*) FROM (SELECT submit_document_id AS d FROM"
                            + " social_registry_application UNION ALL SELECT decision_document_id FROM"
                            + " social_registry_application UNION ALL SELECT submit_document_id FROM"
                            + " social_product_application UNION ALL SELECT decision_document_id FROM"
                            + " social_product_application UNION ALL SELECT answer_document_id FROM social_order) x"
                            + " WHERE d IS NULL OR NOT EXISTS (SELECT 1 FROM signed_document WHERE id = d)")) {
                r.next();
                return r.getLong(1);
            }
        });

        assertThat(dangling).isZero();
    }

    @Test
    void whenAReferencedSignedDocumentIsDeleted_thenTheForeignKeyRefuses_evenWithTheAppendOnlyRuleSwitchedOff() {
        long decision = single("SELECT decision_document_id FROM social_registry_application");

        ServerErrorMessage refused = refusal(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE signed_document DISABLE TRIGGER signed_document_append_only");
                return s.executeUpdate("DELETE FROM signed_document WHERE id = " + decision);
            }
        });

        assertThat(refused.getSQLState()).isEqualTo(RESTRICT_VIOLATION);
        assertThat(refused.getConstraint()).isEqualTo("social_registry_application_decision_document_fk");
        assertThat(refused.getMessage()).contains("RESTRICT", "signed_document");
        assertThat(single("SELECT count(*) FROM signed_document WHERE id = " + decision))
                .isOne();
    }

    @Test
    void whenAStoredSignatureIsUpdated_thenTheAppendOnlyRuleRefusesIt_andNamesTheTable() {
        long answer = single("SELECT answer_document_id FROM social_order");

        ServerErrorMessage bytes = refusal(c -> c.createStatement()
                .executeUpdate("UPDATE signed_document SET signed_bytes = '\\x00' WHERE id = " + answer));
        ServerErrorMessage report =
                refusal(c -> c.createStatement().executeUpdate("UPDATE signed_document SET report_json = '{}'"));

        assertThat(bytes.getSQLState()).isEqualTo(RESTRICT_VIOLATION);
        assertThat(bytes.getMessage())
                .isEqualTo("signed_document is append-only: UPDATE of signed document " + answer + " refused");
        assertThat(bytes.getTable()).isEqualTo("signed_document");
        assertThat(bytes.getConstraint()).isNull();
        assertThat(report.getMessage()).startsWith("signed_document is append-only: UPDATE of signed document");
    }

    @Test
    void whenAnUnreferencedSignedDocumentIsDeletedOrTheTableTruncated_thenTheAppendOnlyRuleRefuses() {
        long loose = db.inTransaction(c -> StandInSignatures.store(c, "850101300111", null, "АХМЕТОВ ЕРЛАН"));

        ServerErrorMessage deleted =
                refusal(c -> c.createStatement().executeUpdate("DELETE FROM signed_document WHERE id = " + loose));
        ServerErrorMessage truncated =
                refusal(c -> c.createStatement().executeUpdate("TRUNCATE signed_document CASCADE"));

        assertThat(deleted.getSQLState()).isEqualTo(RESTRICT_VIOLATION);
        assertThat(deleted.getConstraint()).isNull();
        assertThat(deleted.getMessage())
                .isEqualTo("signed_document is append-only: DELETE of signed document " + loose + " refused");
        assertThat(truncated.getMessage()).isEqualTo("signed_document is append-only: TRUNCATE refused");
        assertThat(single("SELECT count(*) FROM signed_document WHERE id = " + loose))
                .isOne();
        assertThat(single("SELECT count(*) FROM social_order")).isOne();
    }

    /** Runs {@code work}, which the database must refuse; returns what the server said. */
    private ServerErrorMessage refusal(PortalDatabase.SqlWork<?> work) {
        List<Throwable> thrown = new ArrayList<>();
        assertThatThrownBy(() -> db.inTransaction(work))
                .isInstanceOf(DatabaseException.class)
                .satisfies(thrown::add);
        Throwable cause = thrown.get(0).getCause();
        assertThat(cause).isInstanceOf(PSQLException.class);
        return ((PSQLException) cause).getServerErrorMessage();
    }

    private long single(String sql) {
        return db.inTransaction(c -> {
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery(sql)) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    private static List<String> strings(java.sql.Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }
}

package kz.qoltanba.portal.procurement.account;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

/** SQL for {@code procurement_account}. Every method runs on the caller's connection (its transaction). */
public final class AccountRepository {
    private static final String COLUMNS = "id, iin, full_name, birth_date, bin, organisation, email, phone, resident,"
            + " status, email_confirmed_at, password_hash, must_change_password, failed_login_count, locked_until,"
            + " agreement_document_id, registered_at, is_administrator";

    public Optional<ProcurementAccount> findByIin(Connection c, String iin, boolean forUpdate) throws SQLException {
        return findOne(c, "iin = ?", iin, forUpdate);
    }

    public Optional<ProcurementAccount> findById(Connection c, long id, boolean forUpdate) throws SQLException {
        return findOne(c, "id = ?", id, forUpdate);
    }

    private Optional<ProcurementAccount> findOne(Connection c, String where, Object key, boolean forUpdate)
            throws SQLException {
        String sql =
                "SELECT " + COLUMNS + " FROM procurement_account WHERE " + where + (forUpdate ? " FOR UPDATE" : "");
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(read(r)) : Optional.empty();
            }
        }
    }

    long insert(Connection c, NewAccount a, Instant now) throws SQLException {
        String sql = "INSERT INTO procurement_account (iin, full_name, surname, given_name, patronymic, birth_date,"
                + " bin, organisation, email, phone, resident, status, password_hash, agreement_document_id,"
                + " registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            CertificateHolder h = a.holder();
            s.setString(1, h.iin());
            s.setString(2, h.fullName());
            s.setString(3, h.surname());
            s.setString(4, h.givenName());
            s.setString(5, h.patronymic());
            if (a.birthDate() == null) {
                s.setNull(6, Types.DATE);
            } else {
                s.setDate(6, Date.valueOf(a.birthDate()));
            }
            s.setString(7, h.bin());
            s.setString(8, h.organisation());
            s.setString(9, a.email());
            s.setString(10, a.phone());
            s.setBoolean(11, a.resident());
            s.setString(12, AccountStatus.REGISTERED_EMAIL_UNCONFIRMED.name());
            s.setString(13, a.passwordHash());
            s.setLong(14, a.agreementDocumentId());
            s.setTimestamp(15, Timestamp.from(now));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    void recordFailedPassword(Connection c, long id, int failedCount, Instant lockedUntil) throws SQLException {
        update(c, "failed_login_count = ?, locked_until = ?", id, failedCount, timestamp(lockedUntil));
    }

    void clearFailures(Connection c, long id) throws SQLException {
        update(c, "failed_login_count = 0, locked_until = NULL", id);
    }

    void activate(Connection c, long id, Instant now) throws SQLException {
        update(c, "status = 'ACTIVE', email_confirmed_at = COALESCE(email_confirmed_at, ?)", id, Timestamp.from(now));
    }

    void changeContacts(Connection c, long id, String email, String phone, boolean emailChanged) throws SQLException {
        update(c, "email = ?, phone = ?" + (emailChanged ? ", email_confirmed_at = NULL" : ""), id, email, phone);
    }

    void setPassword(Connection c, long id, String hash, boolean mustChange) throws SQLException {
        update(
                c,
                "password_hash = ?, must_change_password = ?, failed_login_count = 0, locked_until = NULL",
                id,
                hash,
                mustChange);
    }

    private static void update(Connection c, String assignments, long id, Object... values) throws SQLException {
        String sql = "UPDATE procurement_account SET " + assignments + ", version = version + 1 WHERE id = ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            for (Object value : values) {
                s.setObject(i++, value);
            }
            s.setLong(i, id);
            if (s.executeUpdate() != 1) {
                throw new SQLException("no procurement account " + id);
            }
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Optional<Instant> instant(ResultSet r, String column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? Optional.empty() : Optional.of(t.toInstant());
    }

    private static ProcurementAccount read(ResultSet r) throws SQLException {
        Date birth = r.getDate("birth_date");
        return new ProcurementAccount(
                r.getLong("id"),
                r.getString("iin"),
                r.getString("full_name"),
                birth == null ? null : birth.toLocalDate(),
                r.getString("bin"),
                r.getString("organisation"),
                r.getString("email"),
                r.getString("phone"),
                r.getBoolean("resident"),
                AccountStatus.valueOf(r.getString("status")),
                instant(r, "email_confirmed_at"),
                r.getString("password_hash"),
                r.getBoolean("must_change_password"),
                r.getInt("failed_login_count"),
                instant(r, "locked_until"),
                r.getLong("agreement_document_id"),
                r.getTimestamp("registered_at").toInstant(),
                r.getBoolean("is_administrator"));
    }
}

package kz.qoltanba.portal.social.supplier;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.qoltanba.portal.social.NotFound;
import kz.qoltanba.portal.social.StateChanged;
import kz.qoltanba.portal.standins.RealEstateObject;
import kz.qoltanba.portal.standins.RegisteredOrganisation;

/** SQL of the organisations, their real estate and registry memberships. */
public final class Organisations {
    private static final String COLUMNS = "bin, name_ru, name_kk, legal_form, registration_date, registration_number,"
            + " registration_authority, legal_address, legal_address_kato, head_iin, head_name, head_position,"
            + " offer_accepted_at, offer_accepted_by, service_form, order_types, phone, email, actual_address,"
            + " profile_saved_at, tsr_payment_account_id, version";

    public Optional<Organisation> find(Connection c, String bin) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM social_organisation WHERE bin = ?", bin);
    }

    /** The organisation, locked until the transaction ends. */
    public Organisation lock(Connection c, String bin) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM social_organisation WHERE bin = ? FOR UPDATE", bin)
                .orElseThrow(() -> new NotFound("organisation", bin));
    }

    private Optional<Organisation> one(Connection c, String sql, String bin) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, bin);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(read(r)) : Optional.empty();
            }
        }
    }

    private static Organisation read(ResultSet r) throws SQLException {
        Date registered = r.getDate("registration_date");
        Timestamp accepted = r.getTimestamp("offer_accepted_at");
        Timestamp saved = r.getTimestamp("profile_saved_at");
        long account = r.getLong("tsr_payment_account_id");
        Long paymentAccount = r.wasNull() ? null : account;
        return new Organisation(
                r.getString("bin"),
                r.getString("name_ru"),
                r.getString("name_kk"),
                r.getString("legal_form"),
                registered == null ? null : registered.toLocalDate(),
                r.getString("registration_number"),
                r.getString("registration_authority"),
                r.getString("legal_address"),
                r.getString("legal_address_kato"),
                r.getString("head_iin"),
                r.getString("head_name"),
                r.getString("head_position"),
                accepted == null ? null : accepted.toInstant(),
                r.getString("offer_accepted_by"),
                r.getString("service_form"),
                strings(r.getArray("order_types")),
                r.getString("phone"),
                r.getString("email"),
                r.getString("actual_address"),
                saved == null ? null : saved.toInstant(),
                paymentAccount,
                r.getLong("version"));
    }

    static Set<String> strings(Array array) throws SQLException {
        Set<String> values = new LinkedHashSet<>();
        if (array != null) {
            for (Object o : (Object[]) array.getArray()) {
                values.add((String) o);
            }
        }
        return values;
    }

    /** Creates the organisation from its ГБД ЮЛ record (or with the BIN only, when the register does not know it). */
    public void insert(Connection c, String bin, RegisteredOrganisation registered, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO social_organisation (bin, name_ru, name_kk,"
                + " legal_form, registration_date, registration_number, registration_authority, legal_address,"
                + " legal_address_kato, head_iin, head_name, head_position, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, bin);
            s.setString(2, registered == null ? "" : registered.nameRu());
            s.setString(3, registered == null ? "" : registered.nameKk());
            s.setString(4, registered == null ? null : registered.legalForm());
            s.setDate(
                    5,
                    registered == null || registered.registrationDate() == null
                            ? null
                            : Date.valueOf(registered.registrationDate()));
            s.setString(6, registered == null ? null : registered.registrationNumber());
            s.setString(7, registered == null ? null : registered.registrationAuthority());
            s.setString(8, registered == null ? null : registered.legalAddress());
            s.setString(9, registered == null ? null : registered.legalAddressKato());
            s.setString(10, registered == null ? null : registered.headIin());
            s.setString(11, registered == null ? null : registered.headName());
            s.setString(12, registered == null ? null : registered.headPosition());
            s.setTimestamp(13, Timestamp.from(now));
            s.executeUpdate();
        }
    }

    public void acceptOffer(Connection c, String bin, String iin, String offerVersion, Instant now)
            throws SQLException {
        update(
                c,
                "UPDATE social_organisation SET offer_accepted_at = ?, offer_accepted_by = ?, offer_version = ?,"
                        + " version = version + 1 WHERE bin = ?",
                Timestamp.from(now),
                iin,
                offerVersion,
                bin);
    }

    public void saveContacts(Connection c, String bin, ContactsForm form, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE social_organisation SET service_form = ?,"
                + " order_types = ?, phone = ?, email = ?, actual_address = ?, profile_saved_at = ?,"
                + " version = version + 1 WHERE bin = ?")) {
            s.setString(1, form.serviceForm());
            s.setArray(2, c.createArrayOf("text", form.orderTypes().toArray()));
            s.setString(3, form.phone().strip());
            s.setString(4, form.email().strip());
            s.setString(5, form.actualAddress().strip());
            s.setTimestamp(6, Timestamp.from(now));
            s.setString(7, bin);
            s.executeUpdate();
        }
    }

    /** Counts a change of the organisation's catalogue, so pending signed submissions see it (optimistic lock). */
    public void touch(Connection c, String bin, long expectedVersion) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE social_organisation SET version = version + 1 WHERE bin = ? AND version = ?")) {
            s.setString(1, bin);
            s.setLong(2, expectedVersion);
            if (s.executeUpdate() != 1) {
                throw new StateChanged("organisation", bin);
            }
        }
    }

    public void bumpVersion(Connection c, String bin) throws SQLException {
        update(c, "UPDATE social_organisation SET version = version + 1 WHERE bin = ?", bin);
    }

    /** Replaces the cached real-estate objects with the register's current answer. */
    public void replaceRealEstate(Connection c, String bin, List<RealEstateObject> objects) throws SQLException {
        update(c, "DELETE FROM social_real_estate WHERE bin = ?", bin);
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO social_real_estate (bin, object_id, address, kato) VALUES (?, ?, ?, ?)")) {
            for (RealEstateObject o : objects) {
                s.setString(1, bin);
                s.setString(2, o.objectId());
                s.setString(3, o.address());
                s.setString(4, o.kato());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    public List<String> realEstateAddresses(Connection c, String bin) throws SQLException {
        List<String> addresses = new ArrayList<>();
        try (PreparedStatement s =
                c.prepareStatement("SELECT address FROM social_real_estate WHERE bin = ? ORDER BY object_id")) {
            s.setString(1, bin);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    addresses.add(r.getString(1));
                }
            }
        }
        return addresses;
    }

    public boolean isMember(Connection c, String bin, String registry, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM social_membership WHERE bin = ? AND registry = ?"
                + " AND since <= ? AND (until IS NULL OR until > ?)")) {
            s.setString(1, bin);
            s.setString(2, registry);
            s.setTimestamp(3, Timestamp.from(at));
            s.setTimestamp(4, Timestamp.from(at));
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    public void join(Connection c, String bin, String registry, Instant now) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("INSERT INTO social_membership (bin, registry, since) VALUES (?, ?, ?)")) {
            s.setString(1, bin);
            s.setString(2, registry);
            s.setTimestamp(3, Timestamp.from(now));
            s.executeUpdate();
        }
    }

    /** The УКЗиСП whose region contains the organisation's legal address (longest KATO prefix). */
    public Optional<String> ukzispFor(Connection c, String kato) throws SQLException {
        if (kato == null) {
            return Optional.empty();
        }
        try (PreparedStatement s = c.prepareStatement("SELECT bin FROM social_ukzisp WHERE ? LIKE kato_prefix || '%'"
                + " ORDER BY length(kato_prefix) DESC LIMIT 1")) {
            s.setString(1, kato);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }
}

package kz.qoltanba.portal.social.application;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kz.qoltanba.portal.social.NotFound;

/**
 * SQL of registry applications and product applications. Both tables share the review columns, so taking,
 * cancelling and deciding are written once for either ({@link Table}).
 */
public final class Applications {
    /** The two reviewable tables. */
    public enum Table {
        REGISTRY("social_registry_application"),
        PRODUCT("social_product_application");

        final String sql;

        Table(String sql) {
            this.sql = sql;
        }
    }

    private static final String REGISTRY_COLUMNS = "id, number, category, kind, applicant_bin, applicant_name,"
            + " ukzisp_bin, status, reviewer_iin, reviewer_name, submitted_at, decided_at, refusal_reasons,"
            + " protocol_file_id, submit_document_id, decision_document_id, version";
    private static final String PRODUCT_COLUMNS = "id, product_id, supplier_bin, registry_application_id,"
            + " ukzisp_bin, product_snapshot::text, status, reviewer_iin, reviewer_name, submitted_at, decided_at,"
            + " refusal_reasons, protocol_file_id, submit_document_id, decision_document_id, version";

    public long insertRegistry(
            Connection c,
            Category category,
            Kind kind,
            String bin,
            String name,
            String snapshotJson,
            String ukzispBin,
            long submitDocumentId,
            Long number,
            Instant now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO social_registry_application (category, kind,"
                + " applicant_bin, applicant_name, applicant_snapshot, ukzisp_bin, status, submitted_at,"
                + " submit_document_id, number) VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?, 'NEW', ?, ?,"
                + " COALESCE(?, nextval('social_application_number'))) RETURNING id")) {
            s.setString(1, category.name());
            s.setString(2, kind.name());
            s.setString(3, bin);
            s.setString(4, name);
            s.setString(5, snapshotJson);
            s.setString(6, ukzispBin);
            s.setTimestamp(7, Timestamp.from(now));
            s.setLong(8, submitDocumentId);
            s.setObject(9, number, java.sql.Types.BIGINT);
            return returnedId(s);
        }
    }

    /** The next registry application number, taken now for an application filed later (see S-06). */
    public long reserveNumber(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT nextval('social_application_number')");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    public long insertProduct(
            Connection c,
            long productId,
            String bin,
            Long registryApplicationId,
            String ukzispBin,
            String snapshotJson,
            long submitDocumentId,
            Instant now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO social_product_application (product_id,"
                + " supplier_bin, registry_application_id, ukzisp_bin, product_snapshot, status, submitted_at,"
                + " submit_document_id) VALUES (?, ?, ?, ?, CAST(? AS jsonb), 'NEW', ?, ?) RETURNING id")) {
            s.setLong(1, productId);
            s.setString(2, bin);
            s.setObject(3, registryApplicationId);
            s.setString(4, ukzispBin);
            s.setString(5, snapshotJson);
            s.setTimestamp(6, Timestamp.from(now));
            s.setLong(7, submitDocumentId);
            return returnedId(s);
        }
    }

    private static long returnedId(PreparedStatement s) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    public Optional<RegistryApplication> findRegistry(Connection c, long id) throws SQLException {
        List<RegistryApplication> found = registries(c, "WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public RegistryApplication lockRegistry(Connection c, long id) throws SQLException {
        List<RegistryApplication> found = registries(c, "WHERE id = ? FOR UPDATE", id);
        if (found.isEmpty()) {
            throw new NotFound("application", id);
        }
        return found.get(0);
    }

    public List<RegistryApplication> registriesOf(Connection c, String applicantBin) throws SQLException {
        return registries(c, "WHERE applicant_bin = ? ORDER BY id DESC", applicantBin);
    }

    /** The review department's applications in the given statuses, oldest first. */
    public List<RegistryApplication> registryQueue(Connection c, String ukzispBin, ApplicationStatus... statuses)
            throws SQLException {
        return registries(c, "WHERE ukzisp_bin = ? AND status = ANY (?) ORDER BY id", ukzispBin, names(c, statuses));
    }

    /** «В работе»: the items the reviewer took, whatever their status now. */
    public List<RegistryApplication> registryInWork(Connection c, String ukzispBin, String reviewerIin)
            throws SQLException {
        return registries(c, "WHERE ukzisp_bin = ? AND reviewer_iin = ? ORDER BY id", ukzispBin, reviewerIin);
    }

    public boolean openApplicationExists(Connection c, String bin, Category category, Kind kind) throws SQLException {
        return !registries(
                        c,
                        "WHERE applicant_bin = ? AND category = ? AND kind = ? AND status IN ('NEW',"
                                + " 'UNDER_REVIEW')",
                        bin,
                        category.name(),
                        kind.name())
                .isEmpty();
    }

    private List<RegistryApplication> registries(Connection c, String where, Object... values) throws SQLException {
        List<RegistryApplication> found = new ArrayList<>();
        try (PreparedStatement s =
                c.prepareStatement("SELECT " + REGISTRY_COLUMNS + " FROM social_registry_application " + where)) {
            bind(s, values);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(new RegistryApplication(
                            r.getLong(1),
                            r.getLong(2),
                            Category.valueOf(r.getString(3)),
                            Kind.valueOf(r.getString(4)),
                            r.getString(5),
                            r.getString(6),
                            r.getString(7),
                            ApplicationStatus.valueOf(r.getString(8)),
                            r.getString(9),
                            r.getString(10),
                            instant(r, 11),
                            instant(r, 12),
                            texts(r.getArray(13)),
                            nullableLong(r, 14),
                            r.getLong(15),
                            nullableLong(r, 16),
                            r.getLong(17)));
                }
            }
        }
        return found;
    }

    public Optional<ProductApplication> findProduct(Connection c, long id) throws SQLException {
        List<ProductApplication> found = products(c, "WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public ProductApplication lockProduct(Connection c, long id) throws SQLException {
        List<ProductApplication> found = products(c, "WHERE id = ? FOR UPDATE", id);
        if (found.isEmpty()) {
            throw new NotFound("product application", id);
        }
        return found.get(0);
    }

    /** The product applications filed with a registry application (tab «Заявки на товар»). */
    public List<ProductApplication> productsOf(Connection c, long registryApplicationId) throws SQLException {
        return products(c, "WHERE registry_application_id = ? ORDER BY id", registryApplicationId);
    }

    public List<ProductApplication> productsLockedOf(Connection c, long registryApplicationId) throws SQLException {
        return products(c, "WHERE registry_application_id = ? ORDER BY id FOR UPDATE", registryApplicationId);
    }

    public List<ProductApplication> productQueue(Connection c, String ukzispBin, ApplicationStatus... statuses)
            throws SQLException {
        return products(c, "WHERE ukzisp_bin = ? AND status = ANY (?) ORDER BY id", ukzispBin, names(c, statuses));
    }

    public List<ProductApplication> productInWork(Connection c, String ukzispBin, String reviewerIin)
            throws SQLException {
        return products(c, "WHERE ukzisp_bin = ? AND reviewer_iin = ? ORDER BY id", ukzispBin, reviewerIin);
    }

    private List<ProductApplication> products(Connection c, String where, Object... values) throws SQLException {
        List<ProductApplication> found = new ArrayList<>();
        try (PreparedStatement s =
                c.prepareStatement("SELECT " + PRODUCT_COLUMNS + " FROM social_product_application " + where)) {
            bind(s, values);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(new ProductApplication(
                            r.getLong(1),
                            r.getLong(2),
                            r.getString(3),
                            nullableLong(r, 4),
                            r.getString(5),
                            r.getString(6),
                            ApplicationStatus.valueOf(r.getString(7)),
                            r.getString(8),
                            r.getString(9),
                            instant(r, 10),
                            instant(r, 11),
                            texts(r.getArray(12)),
                            nullableLong(r, 13),
                            r.getLong(14),
                            nullableLong(r, 15),
                            r.getLong(16)));
                }
            }
        }
        return found;
    }

    /** «В работу»: reviewer set, status «На рассмотрении». */
    public void take(Connection c, Table table, long id, String reviewerIin, String reviewerName, Instant now)
            throws SQLException {
        update(
                c,
                "UPDATE " + table.sql + " SET status = 'UNDER_REVIEW', reviewer_iin = ?, reviewer_name = ?,"
                        + " taken_at = ?, version = version + 1 WHERE id = ?",
                reviewerIin,
                reviewerName,
                Timestamp.from(now),
                id);
    }

    /** «Отменить»: back to «+Новое», reviewer cleared. */
    public void release(Connection c, Table table, long id) throws SQLException {
        update(
                c,
                "UPDATE " + table.sql + " SET status = 'NEW', reviewer_iin = NULL, reviewer_name = NULL,"
                        + " taken_at = NULL, version = version + 1 WHERE id = ?",
                id);
    }

    /** The final decision, with its protocol and the signed decision document (null for automatic refusals). */
    public void decide(
            Connection c,
            Table table,
            long id,
            ApplicationStatus status,
            List<String> reasons,
            Long protocolFileId,
            Long decisionDocumentId,
            Instant now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE " + table.sql + " SET status = ?, refusal_reasons = ?,"
                + " protocol_file_id = ?, decision_document_id = ?, decided_at = ?, version = version + 1"
                + " WHERE id = ?")) {
            s.setString(1, status.name());
            s.setArray(2, c.createArrayOf("text", reasons.toArray()));
            s.setObject(3, protocolFileId);
            s.setObject(4, decisionDocumentId);
            s.setTimestamp(5, Timestamp.from(now));
            s.setLong(6, id);
            s.executeUpdate();
        }
    }

    private static Array names(Connection c, ApplicationStatus... statuses) throws SQLException {
        return c.createArrayOf("text", Arrays.stream(statuses).map(Enum::name).toArray());
    }

    private static void bind(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            s.setObject(i + 1, values[i]);
        }
    }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, values);
            s.executeUpdate();
        }
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Long nullableLong(ResultSet r, int column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? null : value;
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null
                ? List.of()
                : Arrays.stream((Object[]) array.getArray())
                        .map(String.class::cast)
                        .toList();
    }
}

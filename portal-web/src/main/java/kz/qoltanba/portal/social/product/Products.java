package kz.qoltanba.portal.social.product;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.qoltanba.portal.social.NotFound;

/** SQL of the TSR products. Every write raises the row's version. */
public final class Products {
    /** The spec's offer rule; parameters: now, now. */
    private static final String OFFERED =
            "p.status IN ('APPROVED', 'UPDATED') AND p.stock_quantity - p.reserved_quantity >= 1"
                    + " AND EXISTS (SELECT 1 FROM social_membership m WHERE m.bin = p.supplier_bin"
                    + " AND m.registry = 'TSR' AND m.since <= ? AND (m.until IS NULL OR m.until > ?))";

    private static final String COLUMNS = "id, supplier_bin, status, tsr_type_id, name_ru, name_kk, description_ru,"
            + " description_kk, price, stock_quantity, reserved_quantity, pickup_addresses, manufacturer, model,"
            + " country, image_file_ids, technical::text, operational::text, functional::text, quality::text,"
            + " registration::text, accompanying_service::text, copied_from_id, updated_at, version";
    private final ObjectMapper json = new ObjectMapper();

    public Optional<Product> find(Connection c, long id) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM social_product WHERE id = ?", id);
    }

    /** The supplier's product, locked until the transaction ends; another supplier's product is "not found". */
    public Product lockOwned(Connection c, long id, String supplierBin) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM social_product WHERE id = ? FOR UPDATE", id)
                .filter(p -> p.supplierBin().equals(supplierBin))
                .orElseThrow(() -> new NotFound("product", id));
    }

    public Product lock(Connection c, long id) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM social_product WHERE id = ? FOR UPDATE", id)
                .orElseThrow(() -> new NotFound("product", id));
    }

    public List<Product> ofSupplier(Connection c, String supplierBin) throws SQLException {
        return many(c, "SELECT " + COLUMNS + " FROM social_product WHERE supplier_bin = ? ORDER BY id", supplierBin);
    }

    /** Products offered to recipients: published, stock left, supplier currently in the TSR registry. */
    public List<Product> offered(Connection c, Instant now) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT " + COLUMNS + " FROM social_product p WHERE " + OFFERED + " ORDER BY id")) {
            s.setTimestamp(1, Timestamp.from(now));
            s.setTimestamp(2, Timestamp.from(now));
            return list(s);
        }
    }

    /** Whether recipients are offered product {@code id} at {@code now}: the rule of {@link #offered}. */
    public boolean isOffered(Connection c, long id, Instant now) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT 1 FROM social_product p WHERE " + OFFERED + " AND p.id = ?")) {
            s.setTimestamp(1, Timestamp.from(now));
            s.setTimestamp(2, Timestamp.from(now));
            s.setLong(3, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    private Optional<Product> one(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            List<Product> found = list(s);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    private List<Product> many(Connection c, String sql, String bin) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, bin);
            return list(s);
        }
    }

    private List<Product> list(PreparedStatement s) throws SQLException {
        List<Product> products = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                products.add(read(r));
            }
        }
        return products;
    }

    private Product read(ResultSet r) throws SQLException {
        Map<Tab, Map<String, String>> characteristics = new EnumMap<>(Tab.class);
        characteristics.put(Tab.TECHNICAL, parse(r.getString(17), new TypeReference<>() {}));
        characteristics.put(Tab.OPERATIONAL, parse(r.getString(18), new TypeReference<>() {}));
        characteristics.put(Tab.FUNCTIONAL, parse(r.getString(19), new TypeReference<>() {}));
        int stock = r.getInt("stock_quantity");
        Integer stockQuantity = r.wasNull() ? null : stock;
        long copied = r.getLong("copied_from_id");
        Long copiedFrom = r.wasNull() ? null : copied;
        String registration = r.getString(21);
        String service = r.getString(22);
        return new Product(
                r.getLong("id"),
                r.getString("supplier_bin"),
                ProductStatus.valueOf(r.getString("status")),
                r.getString("tsr_type_id"),
                r.getString("name_ru"),
                r.getString("name_kk"),
                r.getString("description_ru"),
                r.getString("description_kk"),
                r.getBigDecimal("price"),
                stockQuantity,
                r.getInt("reserved_quantity"),
                texts(r.getArray("pickup_addresses")),
                r.getString("manufacturer"),
                r.getString("model"),
                r.getString("country"),
                numbers(r.getArray("image_file_ids")),
                characteristics,
                parse(r.getString(20), new TypeReference<List<QualityDocument>>() {}),
                registration == null ? null : parse(registration, new TypeReference<Registration>() {}),
                service == null ? null : parse(service, new TypeReference<AccompanyingService>() {}),
                copiedFrom,
                r.getTimestamp("updated_at").toInstant(),
                r.getLong("version"));
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null
                ? List.of()
                : Arrays.stream((Object[]) array.getArray())
                        .map(String.class::cast)
                        .toList();
    }

    private static List<Long> numbers(Array array) throws SQLException {
        return array == null
                ? List.of()
                : Arrays.stream((Object[]) array.getArray())
                        .map(Long.class::cast)
                        .toList();
    }

    private <T> T parse(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a product column is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    String toJson(Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write product data as JSON", e);
        }
    }

    /** A new draft with the first tab's values. */
    public long insertDraft(Connection c, String supplierBin, ValidGeneral general, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO social_product (supplier_bin, status, tsr_type_id,"
                + " created_at, updated_at) VALUES (?, 'DRAFT', ?, ?, ?) RETURNING id")) {
            s.setString(1, supplierBin);
            s.setString(2, general.tsrTypeId());
            s.setTimestamp(3, Timestamp.from(now));
            s.setTimestamp(4, Timestamp.from(now));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                long id = r.getLong(1);
                updateGeneral(c, id, general, now);
                return id;
            }
        }
    }

    public void updateGeneral(Connection c, long id, ValidGeneral g, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE social_product SET tsr_type_id = ?, name_ru = ?,"
                + " name_kk = ?, description_ru = ?, description_kk = ?, price = ?, stock_quantity = ?,"
                + " pickup_addresses = ?, manufacturer = ?, model = ?, country = ?, image_file_ids = ?,"
                + " updated_at = ?, version = version + 1 WHERE id = ?")) {
            s.setString(1, g.tsrTypeId());
            s.setString(2, g.nameRu());
            s.setString(3, g.nameKk());
            s.setString(4, g.descriptionRu());
            s.setString(5, g.descriptionKk());
            s.setBigDecimal(6, g.price());
            s.setInt(7, g.stockQuantity());
            s.setArray(8, c.createArrayOf("text", g.pickupAddresses().toArray()));
            s.setString(9, g.manufacturer());
            s.setString(10, g.model());
            s.setString(11, g.country());
            s.setArray(12, c.createArrayOf("bigint", g.imageFileIds().toArray()));
            s.setTimestamp(13, Timestamp.from(now));
            s.setLong(14, id);
            s.executeUpdate();
        }
    }

    /** Writes one JSON column ({@code technical}, {@code quality}, {@code registration}, ...). */
    public void updateJson(Connection c, long id, String column, Object value, Instant now) throws SQLException {
        if (!List.of("technical", "operational", "functional", "quality", "registration", "accompanying_service")
                .contains(column)) {
            throw new IllegalArgumentException("not a JSON column of a product: " + column);
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE social_product SET " + column
                + " = CAST(? AS jsonb), updated_at = ?, version = version + 1 WHERE id = ?")) {
            s.setString(1, toJson(value));
            s.setTimestamp(2, Timestamp.from(now));
            s.setLong(3, id);
            s.executeUpdate();
        }
    }

    public void setStatus(Connection c, long id, ProductStatus status, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE social_product SET status = ?, updated_at = ?, version = version + 1 WHERE id = ?")) {
            s.setString(1, status.name());
            s.setTimestamp(2, Timestamp.from(now));
            s.setLong(3, id);
            s.executeUpdate();
        }
    }

    /** «Обновить»: new stock and pick-up addresses, status «Обновлен». */
    public void updateStock(Connection c, long id, int stock, List<String> addresses, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE social_product SET stock_quantity = ?,"
                + " pickup_addresses = ?, status = 'UPDATED', updated_at = ?, version = version + 1 WHERE id = ?")) {
            s.setInt(1, stock);
            s.setArray(2, c.createArrayOf("text", addresses.toArray()));
            s.setTimestamp(3, Timestamp.from(now));
            s.setLong(4, id);
            s.executeUpdate();
        }
    }

    /** Moves {@code quantity} between reserved and free ({@code delta} +n reserves, -n releases). */
    public void reserve(Connection c, long id, int delta) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE social_product SET reserved_quantity = reserved_quantity + ?, version = version + 1"
                        + " WHERE id = ?")) {
            s.setInt(1, delta);
            s.setLong(2, id);
            s.executeUpdate();
        }
    }

    /** The hand-over took reserved items out of the stock for good. */
    public void handOver(Connection c, long id, int quantity) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE social_product SET reserved_quantity ="
                + " reserved_quantity - ?, stock_quantity = stock_quantity - ?, version = version + 1 WHERE id = ?")) {
            s.setInt(1, quantity);
            s.setInt(2, quantity);
            s.setLong(3, id);
            s.executeUpdate();
        }
    }

    /** «Создать копию»: every tab copied into a new draft; the source is untouched. */
    public long copy(Connection c, long sourceId, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO social_product (supplier_bin, status, tsr_type_id,"
                + " name_ru, name_kk, description_ru, description_kk, price, stock_quantity, pickup_addresses,"
                + " manufacturer, model, country, image_file_ids, technical, operational, functional, quality,"
                + " registration, accompanying_service, copied_from_id, created_at, updated_at)"
                + " SELECT supplier_bin, 'DRAFT', tsr_type_id, name_ru, name_kk, description_ru, description_kk,"
                + " price, stock_quantity, pickup_addresses, manufacturer, model, country, image_file_ids, technical,"
                + " operational, functional, quality, registration, accompanying_service, id, ?, ?"
                + " FROM social_product WHERE id = ? RETURNING id")) {
            s.setTimestamp(1, Timestamp.from(now));
            s.setTimestamp(2, Timestamp.from(now));
            s.setLong(3, sourceId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    public void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM social_product WHERE id = ?")) {
            s.setLong(1, id);
            s.executeUpdate();
        }
    }
}

package kz.qoltanba.portal.social.order;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.qoltanba.portal.social.NotFound;
import kz.qoltanba.portal.social.supplier.DeliveryMethod;

/** SQL of TSR orders and their history. */
public final class Orders {
    private static final String COLUMNS = "id, number, recipient_id, recipient_name, recipient_phone,"
            + " recipient_email, supplier_bin, product_id, product_snapshot->>'nameRu', quantity, order_sum,"
            + " subsidised_amount, co_payment, delivery_method, pickup_address, recipient_address, facility,"
            + " courier_pickup_address, status, status_changed_at, created_at, answer_document_id,"
            + " handover_document_number, handover_document_date, handover_file_id, handover_at,"
            + " handover_document_id, version";

    /** A new order in «Создан»; the caller moves it on. */
    public long insert(Connection c, NewOrder o, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO social_order (recipient_id, recipient_name,"
                + " recipient_phone, recipient_email, supplier_bin, product_id, product_snapshot, quantity,"
                + " order_sum, subsidised_amount, co_payment, delivery_method, pickup_address, recipient_address,"
                + " facility, status, status_changed_at, created_at) VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb),"
                + " ?, ?, ?, ?, ?, ?, ?, ?, 'CREATED', ?, ?) RETURNING id")) {
            s.setLong(1, o.recipientId());
            s.setString(2, o.recipientName());
            s.setString(3, o.phone());
            s.setString(4, o.email());
            s.setString(5, o.supplierBin());
            s.setLong(6, o.productId());
            s.setString(7, o.productSnapshotJson());
            s.setInt(8, o.quantity());
            s.setBigDecimal(9, o.orderSum());
            s.setBigDecimal(10, o.subsidisedAmount());
            s.setBigDecimal(11, o.coPayment());
            s.setString(12, o.method().name());
            s.setString(13, o.method() == DeliveryMethod.PICKUP ? o.address() : null);
            s.setString(14, o.method() == DeliveryMethod.COURIER ? o.address() : null);
            s.setString(15, o.method() == DeliveryMethod.IN_PATIENT ? o.address() : null);
            s.setTimestamp(16, Timestamp.from(now));
            s.setTimestamp(17, Timestamp.from(now));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                long id = r.getLong(1);
                history(c, id, OrderStatus.CREATED, now, null);
                return id;
            }
        }
    }

    /** The data of a new order, already checked. */
    public record NewOrder(
            long recipientId,
            String recipientName,
            String phone,
            String email,
            String supplierBin,
            long productId,
            String productSnapshotJson,
            int quantity,
            BigDecimal orderSum,
            BigDecimal subsidisedAmount,
            BigDecimal coPayment,
            DeliveryMethod method,
            String address) {}

    public Order lock(Connection c, long id) throws SQLException {
        List<Order> found = select(c, "WHERE id = ? FOR UPDATE", id);
        if (found.isEmpty()) {
            throw new NotFound("order", id);
        }
        return found.get(0);
    }

    public List<Order> ofSupplier(Connection c, String bin) throws SQLException {
        return select(c, "WHERE supplier_bin = ? ORDER BY id DESC", bin);
    }

    public List<Order> ofRecipient(Connection c, long recipientId) throws SQLException {
        return select(c, "WHERE recipient_id = ? ORDER BY id DESC", recipientId);
    }

    public List<Order> find(Connection c, long id) throws SQLException {
        return select(c, "WHERE id = ?", id);
    }

    private List<Order> select(Connection c, String where, Object value) throws SQLException {
        List<Order> orders = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM social_order " + where)) {
            s.setObject(1, value);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Date documentDate = r.getDate(24);
                    LocalDate handoverDate = documentDate == null ? null : documentDate.toLocalDate();
                    orders.add(new Order(
                            r.getLong(1),
                            r.getLong(2),
                            r.getLong(3),
                            r.getString(4),
                            r.getString(5),
                            r.getString(6),
                            r.getString(7),
                            r.getLong(8),
                            r.getString(9),
                            r.getInt(10),
                            r.getBigDecimal(11),
                            r.getBigDecimal(12),
                            r.getBigDecimal(13),
                            DeliveryMethod.valueOf(r.getString(14)),
                            r.getString(15),
                            r.getString(16),
                            r.getString(17),
                            r.getString(18),
                            OrderStatus.valueOf(r.getString(19)),
                            instant(r, 20),
                            instant(r, 21),
                            nullableLong(r, 22),
                            r.getString(23),
                            handoverDate,
                            nullableLong(r, 25),
                            instant(r, 26),
                            nullableLong(r, 27),
                            r.getLong(28)));
                }
            }
        }
        return orders;
    }

    /** Moves the order to {@code status} and writes the history line. */
    public void move(Connection c, long id, OrderStatus status, Instant now, String extra) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE social_order SET status = ?, status_changed_at = ?," + " version = version + 1 WHERE id = ?")) {
            s.setString(1, status.name());
            s.setTimestamp(2, Timestamp.from(now));
            s.setLong(3, id);
            s.executeUpdate();
        }
        history(c, id, status, now, extra);
    }

    public void recordAnswer(Connection c, long id, String courierPickupAddress, long documentId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE social_order SET courier_pickup_address = ?, answer_document_id = ? WHERE id = ?")) {
            s.setString(1, courierPickupAddress);
            s.setLong(2, documentId);
            s.setLong(3, id);
            s.executeUpdate();
        }
    }

    public void recordHandover(
            Connection c, long id, String number, LocalDate date, long fileId, Instant at, long documentId)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE social_order SET handover_document_number = ?,"
                + " handover_document_date = ?, handover_file_id = ?, handover_at = ?, handover_document_id = ?"
                + " WHERE id = ?")) {
            s.setString(1, number);
            s.setDate(2, Date.valueOf(date));
            s.setLong(3, fileId);
            s.setTimestamp(4, Timestamp.from(at));
            s.setLong(5, documentId);
            s.setLong(6, id);
            s.executeUpdate();
        }
    }

    public List<HistoryEntry> history(Connection c, long orderId) throws SQLException {
        List<HistoryEntry> entries = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT status, at, extra FROM social_order_history WHERE order_id = ? ORDER BY id")) {
            s.setLong(1, orderId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    entries.add(new HistoryEntry(OrderStatus.valueOf(r.getString(1)), instant(r, 2), r.getString(3)));
                }
            }
        }
        return entries;
    }

    private static void history(Connection c, long id, OrderStatus status, Instant at, String extra)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO social_order_history (order_id, status, at, extra) VALUES (?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setString(2, status.name());
            s.setTimestamp(3, Timestamp.from(at));
            s.setString(4, extra);
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
}

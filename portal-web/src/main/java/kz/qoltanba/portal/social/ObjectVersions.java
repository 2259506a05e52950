package kz.qoltanba.portal.social;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The current version of the objects the social area's sign requests are bound to (the {@code objectType} of
 * its {@link Prepared}s): the supplier organisation for a submission, the application or product application for
 * a reviewer's decision, the order for the supplier's answer and hand-over.
 */
final class ObjectVersions {
    private static final Map<String, String> QUERIES = Map.of(
            "organisation", "SELECT version FROM social_organisation WHERE bin = ?",
            "application", "SELECT version FROM social_registry_application WHERE id = ?",
            "product-application", "SELECT version FROM social_product_application WHERE id = ?",
            "order", "SELECT version FROM social_order WHERE id = ?");

    private ObjectVersions() {}

    /** The object's version now; empty for an object type of another area or an object that does not exist. */
    static OptionalLong current(Connection c, String objectType, String objectId) throws SQLException {
        String sql = QUERIES.get(objectType);
        if (sql == null) {
            return OptionalLong.empty();
        }
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if ("organisation".equals(objectType)) {
                s.setString(1, objectId);
            } else {
                try {
                    s.setLong(1, Long.parseLong(objectId));
                } catch (NumberFormatException e) {
                    return OptionalLong.empty();
                }
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? OptionalLong.of(r.getLong(1)) : OptionalLong.empty();
            }
        }
    }
}

package kz.qoltanba.portal.procurement;

import java.sql.Connection;
import java.sql.SQLException;

/** Records one action of the area in the audit journal, inside the caller's transaction. */
@FunctionalInterface
public interface Journal {
    void record(Connection c, String action, String objectType, String objectId, String details) throws SQLException;
}

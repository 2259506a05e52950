package kz.qoltanba.portal.social;

import java.sql.Connection;
import java.sql.SQLException;

/** Records an action in the audit journal, inside the transaction that performs it. */
@FunctionalInterface
public interface Journal {
    void record(Connection c, Actor actor, String action, String objectType, String objectId, String details)
            throws SQLException;
}

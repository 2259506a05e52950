package kz.qoltanba.portal.db;

import java.sql.SQLException;

/** A database failure that is not a business rule (connection lost, constraint the code did not expect). */
public final class DatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DatabaseException(SQLException cause) {
        super("database error: " + cause.getMessage(), cause);
    }
}

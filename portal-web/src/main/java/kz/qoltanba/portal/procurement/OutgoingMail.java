package kz.qoltanba.portal.procurement;

import java.sql.Connection;
import java.sql.SQLException;

/** Sends an e-mail as part of the caller's transaction (the portal's mailer stores it with the change). */
@FunctionalInterface
public interface OutgoingMail {
    void send(Connection c, String to, String subject, String body) throws SQLException;
}

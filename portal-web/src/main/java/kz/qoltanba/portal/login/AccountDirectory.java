package kz.qoltanba.portal.login;

import java.sql.Connection;
import java.sql.SQLException;
import kz.qoltanba.portal.signing.SignerIdentity;

/**
 * Finds (or creates, on a first login) the account of a verified certificate holder in an area. The social area
 * implements it for {@code supplier}, {@code reviewer} and {@code recipient}; the generic login route calls it in
 * the same transaction that consumed the challenge.
 */
public interface AccountDirectory {
    /** @param area the {@link LoginArea#code()} */
    LoginDecision decide(Connection c, LoginArea area, SignerIdentity signer) throws SQLException;
}

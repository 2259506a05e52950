package kz.qoltanba.portal.signing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import kz.qoltanba.portal.web.Principal;

/**
 * An area's rule for who may see its signed documents: the parties of the object and its reviewers. Each area
 * registers one for the object types it signs, in {@link DocumentAccessRules}.
 */
public interface DocumentAccess {
    /** The {@code objectType}s of {@link SignedAction} this rule decides. */
    Set<String> objectTypes();

    boolean mayView(Connection c, Principal principal, SignedDocument document) throws SQLException;
}

package kz.qoltanba.portal.procurement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import kz.qoltanba.portal.signing.DocumentAccess;
import kz.qoltanba.portal.signing.SignedDocument;
import kz.qoltanba.portal.web.Principal;

/**
 * The signed user agreement of a procurement registration (object type {@code procurement_registration}): the
 * procurement user whose account was registered with it may open it, whichever key they log in with now.
 */
public final class AgreementDocumentAccess implements DocumentAccess {
    @Override
    public Set<String> objectTypes() {
        return Set.of("procurement_registration");
    }

    @Override
    public boolean mayView(Connection c, Principal principal, SignedDocument document) throws SQLException {
        if (!ProcurementContext.AREA.equals(principal.area())) {
            return false;
        }
        try (PreparedStatement s =
                c.prepareStatement("SELECT 1 FROM procurement_account WHERE id = ? AND agreement_document_id = ?")) {
            s.setLong(1, principal.accountId());
            s.setLong(2, document.id());
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }
}

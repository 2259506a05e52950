package kz.qoltanba.portal.signing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.qoltanba.portal.web.Principal;

/**
 * Who may open a signed document: its signer (same IIN, and same BIN for an organisation's signature), and
 * whoever the area's {@link DocumentAccess} for the document's object type admits. Object types without a rule
 * are visible to their signer only. Register with {@code PortalServices.Builder.with(DocumentAccessRules.class,
 * …)}.
 */
public final class DocumentAccessRules {
    private final Map<String, DocumentAccess> byObjectType = new HashMap<>();

    public DocumentAccessRules(List<DocumentAccess> rules) {
        for (DocumentAccess rule : rules) {
            for (String type : rule.objectTypes()) {
                if (byObjectType.putIfAbsent(type, rule) != null) {
                    throw new IllegalArgumentException("two document access rules for object type '" + type + "'");
                }
            }
        }
    }

    public static DocumentAccessRules signerOnly() {
        return new DocumentAccessRules(List.of());
    }

    public boolean mayView(Connection c, Principal principal, SignedDocument document) throws SQLException {
        if (isSigner(principal, document.signer())) {
            return true;
        }
        DocumentAccess rule = byObjectType.get(document.objectType());
        return rule != null && rule.mayView(c, principal, document);
    }

    private static boolean isSigner(Principal principal, SignerIdentity signer) {
        return principal.iin() != null
                && principal.iin().equals(signer.iin())
                && Objects.equals(principal.bin(), signer.bin());
    }
}

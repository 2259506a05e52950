package kz.qoltanba.portal.social;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import kz.qoltanba.portal.signing.DocumentAccess;
import kz.qoltanba.portal.signing.SignedDocument;
import kz.qoltanba.portal.web.Principal;

/**
 * Who besides the signer may open the social area's signed documents:
 *
 * <ul>
 *   <li>{@code organisation} (the signed registry inclusion or publication request, object id = the supplier's
 *       BIN): the supplier organisation, and the reviewers of the УКЗиСП that received an application or product
 *       application filed with that document;
 *   <li>{@code application} and {@code product-application} (the reviewers' decisions): the applicant organisation
 *       and the reviewers of the УКЗиСП the application was routed to;
 *   <li>{@code order} (availability answer, hand-over): the supplier organisation and the recipient who ordered.
 * </ul>
 *
 * Anyone else (another supplier, another УКЗиСП, another recipient) is refused.
 */
public final class SocialDocumentAccess implements DocumentAccess {
    private static final String SUPPLIER = "supplier";
    private static final String REVIEWER = "reviewer";
    private static final String RECIPIENT = "recipient";

    @Override
    public Set<String> objectTypes() {
        return Set.of("organisation", "application", "product-application", "order");
    }

    @Override
    public boolean mayView(Connection c, Principal principal, SignedDocument document) throws SQLException {
        String id = document.objectId();
        return switch (document.objectType()) {
            case "organisation" -> isSupplier(principal, id) || reviewerOfFiling(c, principal, document.id());
            case "application" ->
                parties(
                        c,
                        principal,
                        "SELECT applicant_bin, ukzisp_bin FROM social_registry_application WHERE id = ?",
                        id);
            case "product-application" ->
                parties(
                        c,
                        principal,
                        "SELECT supplier_bin, ukzisp_bin FROM social_product_application WHERE id = ?",
                        id);
            case "order" -> orderParty(c, principal, id);
            default -> false;
        };
    }

    private static boolean isSupplier(Principal principal, String bin) {
        return SUPPLIER.equals(principal.area())
                && principal.bin() != null
                && principal.bin().equals(bin);
    }

    /** The УКЗиСП BIN of the reviewer account behind {@code principal}, or null when it is not a reviewer. */
    private static String reviewerUkzisp(Connection c, Principal principal) throws SQLException {
        if (!REVIEWER.equals(principal.area())) {
            return null;
        }
        try (PreparedStatement s =
                c.prepareStatement("SELECT ukzisp_bin FROM social_reviewer WHERE id = ? AND iin = ?")) {
            s.setLong(1, principal.accountId());
            s.setString(2, principal.iin());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private static boolean reviewerOfFiling(Connection c, Principal principal, long documentId) throws SQLException {
        String ukzisp = reviewerUkzisp(c, principal);
        if (ukzisp == null) {
            return false;
        }
        try (PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM social_registry_application"
                        + " WHERE submit_document_id = ? AND ukzisp_bin = ?"
                        + " UNION ALL SELECT 1 FROM social_product_application WHERE submit_document_id = ? AND ukzisp_bin = ?")) {
            s.setLong(1, documentId);
            s.setString(2, ukzisp);
            s.setLong(3, documentId);
            s.setString(4, ukzisp);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    private static boolean parties(Connection c, Principal principal, String sql, String objectId) throws SQLException {
        Long id = number(objectId);
        if (id == null) {
            return false;
        }
        String supplierBin;
        String ukzispBin;
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return false;
                }
                supplierBin = r.getString(1);
                ukzispBin = r.getString(2);
            }
        }
        return isSupplier(principal, supplierBin) || ukzispBin.equals(reviewerUkzisp(c, principal));
    }

    private static boolean orderParty(Connection c, Principal principal, String objectId) throws SQLException {
        Long id = number(objectId);
        if (id == null) {
            return false;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT o.supplier_bin, r.iin FROM social_order o"
                + " JOIN social_recipient r ON r.id = o.recipient_id WHERE o.id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return false;
                }
                return isSupplier(principal, r.getString(1))
                        || (RECIPIENT.equals(principal.area()) && r.getString(2).equals(principal.iin()));
            }
        }
    }

    private static Long number(String objectId) {
        try {
            return Long.parseLong(objectId);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

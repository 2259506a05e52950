package kz.qoltanba.portal.social.review;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.qoltanba.portal.social.Actor;
import kz.qoltanba.portal.social.FileStore;
import kz.qoltanba.portal.social.NotFound;
import kz.qoltanba.portal.social.StoredFile;
import kz.qoltanba.portal.social.application.Applications;
import kz.qoltanba.portal.social.application.ProductApplication;
import kz.qoltanba.portal.social.application.RegistryApplication;

/**
 * What the reviewer opens (R-GO-05, PA4): an application or a product application with everything as it was
 * filed, read from the snapshots the applicant signed. Items of another УКЗиСП do not exist for the reviewer.
 */
public final class Dossiers {
    /** A registry application with its applicant as filed and its product applications (tab «Заявки на товар»). */
    public record ApplicationDossier(
            RegistryApplication application,
            FiledOrganisation organisation,
            List<ProductApplication> productApplications,
            Map<Long, FiledProduct> filedProducts,
            StoredFile protocol) {}

    /** A product application with its product as filed. */
    public record ProductDossier(ProductApplication application, FiledProduct product, StoredFile protocol) {}

    private final Applications applications;
    private final FileStore files;
    private final ObjectMapper json =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public Dossiers(Applications applications, FileStore files) {
        this.applications = applications;
        this.files = files;
    }

    public ApplicationDossier application(Connection c, Actor reviewer, long id) throws SQLException {
        RegistryApplication a = applications.findRegistry(c, id).orElseThrow(() -> new NotFound("application", id));
        ReviewChecks.sameUkzisp(reviewer, a.ukzispBin(), "application", id);
        JsonNode snapshot = read(applicantSnapshot(c, id));
        FiledOrganisation org = snapshot.has("organisation")
                ? json.convertValue(snapshot.get("organisation"), FiledOrganisation.class)
                : new FiledOrganisation(
                        a.applicantBin(),
                        a.applicantName(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null);
        List<ProductApplication> filed = applications.productsOf(c, id);
        Map<Long, FiledProduct> products = new HashMap<>();
        for (ProductApplication pa : filed) {
            products.put(pa.id(), json.convertValue(read(pa.productSnapshot()), FiledProduct.class));
        }
        return new ApplicationDossier(a, org, filed, products, protocol(c, a.protocolFileId()));
    }

    public ProductDossier product(Connection c, Actor reviewer, long id) throws SQLException {
        ProductApplication pa =
                applications.findProduct(c, id).orElseThrow(() -> new NotFound("product application", id));
        ReviewChecks.sameUkzisp(reviewer, pa.ukzispBin(), "product application", id);
        FiledProduct product = json.convertValue(read(pa.productSnapshot()), FiledProduct.class);
        return new ProductDossier(pa, product, protocol(c, pa.protocolFileId()));
    }

    /** A file filed with the product application (its SHA-256 is in the snapshot), stored by the supplier. */
    public StoredFile filedFile(Connection c, Actor reviewer, long productApplicationId, String sha256)
            throws SQLException {
        ProductDossier dossier = product(c, reviewer, productApplicationId);
        boolean filed =
                dossier.product().files().stream().anyMatch(f -> f.sha256().equalsIgnoreCase(sha256));
        Optional<StoredFile> stored = filed
                ? supplierFile(
                        c, FileStore.organisationOwner(dossier.application().supplierBin()), sha256)
                : Optional.empty();
        return stored.orElseThrow(() -> new NotFound("file", sha256));
    }

    /** A decision's protocol, for the reviewer's УКЗиСП. */
    public StoredFile protocolOf(Connection c, Actor reviewer, long fileId) throws SQLException {
        return files.owned(c, fileId, FileStore.ukzispOwner(reviewer.bin()));
    }

    private StoredFile protocol(Connection c, Long fileId) throws SQLException {
        return fileId == null ? null : files.find(c, fileId).orElse(null);
    }

    private Optional<StoredFile> supplierFile(Connection c, String owner, String sha256) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT id FROM social_file WHERE owner = ? AND sha256 = ? ORDER BY id LIMIT 1")) {
            s.setString(1, owner);
            s.setString(2, sha256.toLowerCase(java.util.Locale.ROOT));
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? files.find(c, r.getLong(1)) : Optional.empty();
            }
        }
    }

    private static String applicantSnapshot(Connection c, long id) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT applicant_snapshot::text FROM social_registry_application WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new NotFound("application", id);
                }
                return r.getString(1);
            }
        }
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text == null ? "{}" : text);
        } catch (IOException e) {
            throw new IllegalStateException("a filed snapshot is not JSON", e);
        }
    }
}

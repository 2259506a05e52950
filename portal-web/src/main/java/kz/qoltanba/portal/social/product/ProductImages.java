package kz.qoltanba.portal.social.product;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import kz.qoltanba.portal.social.Actor;
import kz.qoltanba.portal.social.FileKind;
import kz.qoltanba.portal.social.FileStore;
import kz.qoltanba.portal.social.NotFound;
import kz.qoltanba.portal.social.StoredFile;

/**
 * A product's photos for display. Who may see them: the supplier that owns the product; a reviewer of the
 * УКЗиСП that received a product application for it; a recipient only while the product is offered to recipients
 * ({@link Products#offered}: published, at least one piece in stock, supplier in the registry). Anyone else, a file the product does not list, or a stored file
 * that is not a JPEG/PNG image gets {@link NotFound}, so nobody learns whether it exists.
 */
public final class ProductImages {
    /** A photo's bytes with the content type its first bytes show. */
    public record Image(StoredFile file, byte[] content) {}

    private final Products products;
    private final FileStore files;
    private final Clock clock;

    public ProductImages(Products products, FileStore files, Clock clock) {
        this.products = products;
        this.files = files;
        this.clock = clock;
    }

    public Image read(Connection c, Actor viewer, long productId, long fileId) throws SQLException {
        Product p = products.find(c, productId).orElseThrow(() -> new NotFound("product", productId));
        if (!p.imageFileIds().contains(fileId) || !maySee(c, viewer, p)) {
            throw new NotFound("image", fileId);
        }
        StoredFile file = files.find(c, fileId).orElseThrow(() -> new NotFound("image", fileId));
        byte[] content = files.content(c, fileId);
        String sniffed = FileKind.sniff(content);
        if (!FileKind.IMAGE.accepts(sniffed) || !sniffed.equals(file.contentType())) {
            throw new NotFound("image", fileId);
        }
        return new Image(file, content);
    }

    private boolean maySee(Connection c, Actor viewer, Product p) throws SQLException {
        return switch (viewer.role()) {
            case SUPPLIER -> p.supplierBin().equals(viewer.bin());
            case REVIEWER -> reviewedBy(c, p.id(), viewer.bin());
            case RECIPIENT -> products.isOffered(c, p.id(), clock.instant());
        };
    }

    private static boolean reviewedBy(Connection c, long productId, String ukzispBin) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM social_product_application WHERE product_id = ? AND ukzisp_bin = ?")) {
            s.setLong(1, productId);
            s.setString(2, ukzispBin);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }
}

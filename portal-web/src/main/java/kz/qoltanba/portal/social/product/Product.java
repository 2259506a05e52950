package kz.qoltanba.portal.social.product;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A TSR product with every wizard tab; {@code version} grows with each change (optimistic locking). */
public record Product(
        long id,
        String supplierBin,
        ProductStatus status,
        String tsrTypeId,
        String nameRu,
        String nameKk,
        String descriptionRu,
        String descriptionKk,
        BigDecimal price,
        Integer stockQuantity,
        int reservedQuantity,
        List<String> pickupAddresses,
        String manufacturer,
        String model,
        String country,
        List<Long> imageFileIds,
        Map<Tab, Map<String, String>> characteristics,
        List<QualityDocument> quality,
        Registration registration,
        AccompanyingService service,
        Long copiedFromId,
        Instant updatedAt,
        long version) {

    public String name(String lang) {
        return "kk".equals(lang) ? nameKk : nameRu;
    }

    /** Stock not yet reserved by confirmed orders. */
    public int availableQuantity() {
        return stockQuantity == null ? 0 : stockQuantity - reservedQuantity;
    }
}

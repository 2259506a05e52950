package kz.qoltanba.portal.social.product;

import java.math.BigDecimal;
import java.util.List;

/** The first tab after every check passed. */
public record ValidGeneral(
        String tsrTypeId,
        String nameRu,
        String nameKk,
        String descriptionRu,
        String descriptionKk,
        BigDecimal price,
        int stockQuantity,
        List<String> pickupAddresses,
        String manufacturer,
        String model,
        String country,
        List<Long> imageFileIds) {}

package kz.qoltanba.portal.social.product;

import java.util.List;

/**
 * The wizard's first tab as typed: numbers stay text until checked (a comma instead of the decimal point is
 * refused with a message, R-TSR-03).
 */
public record GeneralForm(
        String tsrTypeId,
        String nameRu,
        String nameKk,
        String descriptionRu,
        String descriptionKk,
        String price,
        String stockQuantity,
        List<String> pickupAddresses,
        String manufacturer,
        String model,
        String country,
        List<Long> imageFileIds) {}

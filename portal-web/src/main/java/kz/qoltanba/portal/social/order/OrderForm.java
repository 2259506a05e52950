package kz.qoltanba.portal.social.order;

/**
 * What a recipient fills in to order: quantity, delivery method ({@code COURIER}, {@code PICKUP},
 * {@code IN_PATIENT}) with its address, pick-up address or facility code, and the contact data.
 */
public record OrderForm(
        long productId,
        String quantity,
        String deliveryMethod,
        String address,
        String fullName,
        String phone,
        String email) {}

package kz.qoltanba.portal.social.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import kz.qoltanba.portal.social.supplier.DeliveryMethod;

/** A TSR order («заказ товара»); {@code version} guards concurrent answers. */
public record Order(
        long id,
        long number,
        long recipientId,
        String recipientName,
        String recipientPhone,
        String recipientEmail,
        String supplierBin,
        long productId,
        String productName,
        int quantity,
        BigDecimal orderSum,
        BigDecimal subsidisedAmount,
        BigDecimal coPayment,
        DeliveryMethod deliveryMethod,
        String pickupAddress,
        String recipientAddress,
        String facility,
        String courierPickupAddress,
        OrderStatus status,
        Instant statusChangedAt,
        Instant createdAt,
        Long answerDocumentId,
        String handoverDocumentNumber,
        LocalDate handoverDocumentDate,
        Long handoverFileId,
        Instant handoverAt,
        Long handoverDocumentId,
        long version) {}

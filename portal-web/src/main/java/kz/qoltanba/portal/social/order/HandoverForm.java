package kz.qoltanba.portal.social.order;

/**
 * «Подтверждение выдачи заказа товара …» (§2.9): the confirming document's number and date
 * ({@code yyyy-MM-dd}), its uploaded scan, the hand-over date ({@code yyyy-MM-dd}) and time ({@code HH:mm}).
 */
public record HandoverForm(String documentNumber, String documentDate, Long scanFileId, String date, String time) {}

package kz.qoltanba.portal.social.order;

import java.time.Instant;

/** One line of «История заказа товара»: the status reached, when, and an extra note (e.g. the track number). */
public record HistoryEntry(OrderStatus status, Instant at, String extra) {}

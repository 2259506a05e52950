package kz.qoltanba.portal.social.order;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.qoltanba.portal.social.Actor;
import kz.qoltanba.portal.social.FileStore;
import kz.qoltanba.portal.social.Journal;
import kz.qoltanba.portal.social.NotFound;
import kz.qoltanba.portal.social.Prepared;
import kz.qoltanba.portal.social.RuleViolation;
import kz.qoltanba.portal.social.SignatureCompletion;
import kz.qoltanba.portal.social.SignedBy;
import kz.qoltanba.portal.social.StoredFile;
import kz.qoltanba.portal.social.product.Product;
import kz.qoltanba.portal.social.product.Products;
import kz.qoltanba.portal.social.supplier.DeliveryMethod;
import kz.qoltanba.portal.social.supplier.Organisations;

/**
 * The supplier's side of a TSR order: the signed availability answer (O2 «Да, подтверждаю наличие», all or
 * nothing, R-ORD-03; O3 «Нет, подтверждаю отсутствие»; S-16), the availability notice for self-pickup or the
 * in-patient facility (O8, O10) and the signed hand-over (O9, O11; S-17, S-18).
 */
public final class Fulfilment {
    public static final String ANSWER_ACTION = "social.order.answer";
    public static final String HANDOVER_ACTION = "social.order.handover";
    /** Dates and times on the hand-over form are local to Kazakhstan. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

    private final Orders orders;
    private final Products products;
    private final Organisations organisations;
    private final FileStore files;
    private final Journal journal;
    private final Clock clock;

    public Fulfilment(
            Orders orders,
            Products products,
            Organisations organisations,
            FileStore files,
            Journal journal,
            Clock clock) {
        this.orders = orders;
        this.products = products;
        this.organisations = organisations;
        this.files = files;
        this.journal = journal;
        this.clock = clock;
    }

    /** The S-16 payload; «Да» is refused when the stock on record is below the ordered quantity. */
    public Prepared prepareAnswer(Connection c, Actor supplier, long id, boolean available, String courierAddress)
            throws SQLException {
        Order o = own(c, supplier, id);
        return answerPayload(c, o, products.lock(c, o.productId()), available, courierAddress);
    }

    public void answer(
            Connection c,
            Actor supplier,
            long id,
            boolean available,
            String courierAddress,
            SignatureCompletion completion)
            throws SQLException {
        Order o = own(c, supplier, id);
        Product p = products.lock(c, o.productId());
        SignedBy signed = completion.complete(answerPayload(c, o, p, available, courierAddress));
        orders.recordAnswer(
                c,
                id,
                available && o.deliveryMethod() == DeliveryMethod.COURIER ? courierAddress : null,
                signed.documentId());
        if (available) {
            products.reserve(c, p.id(), o.quantity());
            orders.move(c, id, OrderStatus.RESERVED, clock.instant(), null);
        } else {
            orders.move(c, id, OrderStatus.CANCELLED_BY_SUPPLIER, clock.instant(), null);
        }
        journal.record(
                c,
                supplier,
                available ? "social.order.confirm" : "social.order.absent",
                "order",
                Long.toString(id),
                "signed document " + signed.documentId());
    }

    private Prepared answerPayload(Connection c, Order o, Product p, boolean available, String courierAddress)
            throws SQLException {
        requireStatus(o, OrderStatus.AWAITING_ANSWER);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("orderNumber", o.number());
        payload.put("productId", p.id());
        payload.put("quantity", o.quantity());
        payload.put("stockOnRecord", p.availableQuantity());
        payload.put("answer", available ? "YES" : "NO");
        if (available) {
            if (p.availableQuantity() < o.quantity()) {
                throw new RuleViolation(
                        "social.order.notEnoughStock",
                        "По данным портала на вашем складе товар имеется в количестве: " + p.availableQuantity()
                                + " шт., заказано " + o.quantity() + " шт. Частичное подтверждение невозможно",
                        p.availableQuantity(),
                        o.quantity());
            }
            if (o.deliveryMethod() == DeliveryMethod.COURIER) {
                if (courierAddress == null
                        || !organisations
                                .realEstateAddresses(c, o.supplierBin())
                                .contains(courierAddress)) {
                    throw new RuleViolation(
                            "social.order.courierAddress", "Выберите адрес, откуда курьер заберёт товар");
                }
                payload.put("courierPickupAddress", courierAddress);
            }
        }
        return new Prepared(ANSWER_ACTION, "order", Long.toString(o.id()), o.version(), payload)
                .document("ORDER_AVAILABILITY_ANSWER", Long.toString(o.number()));
    }

    /** O8 / O10: «Уведомить о доступности для самовывоза» / «… в стационаре». */
    public void notifyAvailable(Connection c, Actor supplier, long id) throws SQLException {
        Order o = own(c, supplier, id);
        requireStatus(o, OrderStatus.RESERVED);
        OrderStatus next = switch (o.deliveryMethod()) {
            case PICKUP -> OrderStatus.AVAILABLE_FOR_PICKUP;
            case IN_PATIENT -> OrderStatus.AVAILABLE_IN_PATIENT;
            case COURIER ->
                throw new RuleViolation(
                        "social.order.courierNoNotice",
                        "Для курьерской доставки запросите трек-номер и адресный ярлык");
        };
        orders.move(c, id, next, clock.instant(), null);
        journal.record(c, supplier, "social.order.available", "order", Long.toString(id), next.name());
    }

    /** The S-17/S-18 payload, after every field of the hand-over form passed. */
    public Prepared prepareHandover(Connection c, Actor supplier, long id, HandoverForm form) throws SQLException {
        return handoverPayload(c, own(c, supplier, id), form).prepared();
    }

    public void handOver(Connection c, Actor supplier, long id, HandoverForm form, SignatureCompletion completion)
            throws SQLException {
        Order o = own(c, supplier, id);
        Handover h = handoverPayload(c, o, form);
        SignedBy signed = completion.complete(h.prepared());
        orders.recordHandover(c, id, h.number(), h.documentDate(), h.scan().id(), h.at(), signed.documentId());
        products.lock(c, o.productId());
        products.handOver(c, o.productId(), o.quantity());
        OrderStatus next = o.status() == OrderStatus.AVAILABLE_FOR_PICKUP
                ? OrderStatus.HANDED_OVER_AT_WAREHOUSE
                : OrderStatus.HANDED_OVER_IN_PATIENT;
        orders.move(c, id, next, clock.instant(), "№ " + h.number());
        journal.record(
                c,
                supplier,
                "social.order.handover",
                "order",
                Long.toString(id),
                "signed document " + signed.documentId());
    }

    private Handover handoverPayload(Connection c, Order o, HandoverForm form) throws SQLException {
        if (o.status() != OrderStatus.AVAILABLE_FOR_PICKUP && o.status() != OrderStatus.AVAILABLE_IN_PATIENT) {
            throw wrongStatus(o);
        }
        if (form.documentNumber() == null || form.documentNumber().isBlank()) {
            throw new RuleViolation("social.handover.number", "Заполните поле «Номер документа»");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
        LocalDate documentDate = date(form.documentDate(), "«Дата документа»");
        if (documentDate.isAfter(today)) {
            throw new RuleViolation("social.handover.documentFuture", "«Дата документа» не может быть в будущем");
        }
        if (form.scanFileId() == null) {
            throw new RuleViolation("social.handover.scan", "Приложите скан-копию документа («Файл»)");
        }
        StoredFile scan = files.owned(c, form.scanFileId(), FileStore.organisationOwner(o.supplierBin()));
        Instant at = handoverInstant(form);
        if (at.isAfter(clock.instant()) || at.isBefore(o.statusChangedAt().minusSeconds(60))) {
            throw new RuleViolation(
                    "social.handover.when",
                    "Дата и время выдачи должны быть не раньше, чем товар стал доступен, и не позже текущего момента");
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("orderNumber", o.number());
        payload.put("documentNumber", form.documentNumber().strip());
        payload.put("documentDate", documentDate.toString());
        payload.put("scan", Map.of("name", scan.name(), "size", scan.size(), "sha256", scan.sha256()));
        payload.put("handedOverAt", at.toString());
        payload.put("place", o.deliveryMethod() == DeliveryMethod.PICKUP ? o.pickupAddress() : o.facility());
        Prepared prepared = new Prepared(HANDOVER_ACTION, "order", Long.toString(o.id()), o.version(), payload)
                .document("ORDER_HANDOVER", Long.toString(o.number()));
        return new Handover(prepared, form.documentNumber().strip(), documentDate, scan, at);
    }

    private record Handover(Prepared prepared, String number, LocalDate documentDate, StoredFile scan, Instant at) {}

    private static Instant handoverInstant(HandoverForm form) {
        LocalDate date = date(form.date(), "«Дата» выдачи");
        try {
            LocalTime time =
                    LocalTime.parse(form.time() == null ? "" : form.time().strip());
            return LocalDateTime.of(date, time).atZone(ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new RuleViolation("social.handover.time", "Укажите «Время» выдачи в формате ЧЧ:ММ");
        }
    }

    private static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolation("social.handover.date", "Укажите " + field + " в формате ГГГГ-ММ-ДД", field);
        }
    }

    private Order own(Connection c, Actor supplier, long id) throws SQLException {
        Order o = orders.lock(c, id);
        if (!o.supplierBin().equals(supplier.bin())) {
            throw new NotFound("order", id);
        }
        return o;
    }

    private static void requireStatus(Order o, OrderStatus expected) {
        if (o.status() != expected) {
            throw wrongStatus(o);
        }
    }

    private static RuleViolation wrongStatus(Order o) {
        return new RuleViolation(
                "social.order.wrongStatus",
                "Действие недоступно для заказа в статусе «" + o.status().label("ru") + "»",
                o.status());
    }
}

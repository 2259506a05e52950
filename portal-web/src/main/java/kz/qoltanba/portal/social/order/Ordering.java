package kz.qoltanba.portal.social.order;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import kz.qoltanba.portal.social.Actor;
import kz.qoltanba.portal.social.Journal;
import kz.qoltanba.portal.social.NotFound;
import kz.qoltanba.portal.social.RuleViolation;
import kz.qoltanba.portal.social.application.Snapshots;
import kz.qoltanba.portal.social.product.Product;
import kz.qoltanba.portal.social.product.Products;
import kz.qoltanba.portal.social.supplier.DeliveryMethod;
import kz.qoltanba.portal.social.supplier.Organisation;
import kz.qoltanba.portal.social.supplier.Organisations;
import kz.qoltanba.portal.standins.Entitlement;
import kz.qoltanba.portal.standins.EntitlementRegister;

/**
 * The recipient's side of a TSR order: ordering an offered product (O1: «Создан», then at once «Ожидается
 * ответ о наличии товара») and cancelling while no answer came (O4).
 */
public final class Ordering {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{10,20}");

    private final Orders orders;
    private final Products products;
    private final Organisations organisations;
    private final Recipients recipients;
    private final EntitlementRegister entitlements;
    private final Snapshots snapshots;
    private final Journal journal;
    private final Clock clock;

    public Ordering(
            Orders orders,
            Products products,
            Organisations organisations,
            Recipients recipients,
            EntitlementRegister entitlements,
            Snapshots snapshots,
            Journal journal,
            Clock clock) {
        this.orders = orders;
        this.products = products;
        this.organisations = organisations;
        this.recipients = recipients;
        this.entitlements = entitlements;
        this.snapshots = snapshots;
        this.journal = journal;
        this.clock = clock;
    }

    /** The products a recipient may order now (published, supplier in the registry, stock left). */
    public List<Product> catalogue(Connection c) throws SQLException {
        return products.offered(c, clock.instant());
    }

    public long order(Connection c, Actor recipient, OrderForm form) throws SQLException {
        Product p = products.lock(c, form.productId());
        if (!p.status().published() || !organisations.isMember(c, p.supplierBin(), "TSR", clock.instant())) {
            throw new NotFound("product", form.productId());
        }
        int quantity = quantity(form.quantity(), p.availableQuantity());
        DeliveryMethod method = DeliveryMethod.parse(form.deliveryMethod())
                .orElseThrow(() -> new RuleViolation("social.order.method", "Выберите способ доставки"));
        Organisation supplier = organisations.find(c, p.supplierBin()).orElseThrow();
        if (!supplier.orderTypes().contains(method.name())) {
            throw new RuleViolation(
                    "social.order.methodNotOffered",
                    "Поставщик не предлагает способ «" + method.label("ru") + "»",
                    method);
        }
        String address = destination(p, method, form.address());
        String name = required(form.fullName(), "social.order.name", "Укажите ФИО получателя");
        String phone = required(form.phone(), "social.order.phone", "Укажите мобильный телефон");
        if (!PHONE.matcher(phone).matches()) {
            throw new RuleViolation("social.order.phone", "Укажите мобильный телефон, например +7 701 123 4567");
        }
        String email = required(form.email(), "social.order.email", "Укажите адрес электронной почты");
        if (!EMAIL.matcher(email).matches()) {
            throw new RuleViolation("social.order.email", "Укажите адрес электронной почты, например a@b.kz");
        }
        BigDecimal subsidised = entitlements.of(recipient.iin()).stream()
                .filter(e -> p.tsrTypeId().equals(e.tsrTypeId()) && e.remainingQuantity() >= quantity)
                .map(Entitlement::subsidisedAmount)
                .findFirst()
                .orElseThrow(() ->
                        new RuleViolation("social.order.noEntitlement", "У вас нет права на получение этого вида ТСР"));
        BigDecimal sum = p.price().multiply(BigDecimal.valueOf(quantity));
        BigDecimal coPayment = sum.subtract(subsidised).max(BigDecimal.ZERO);
        long id = orders.insert(
                c,
                new Orders.NewOrder(
                        recipient.accountId(),
                        name,
                        phone,
                        email,
                        p.supplierBin(),
                        p.id(),
                        snapshots.toJson(snapshots.product(c, p)),
                        quantity,
                        sum,
                        subsidised,
                        coPayment,
                        method,
                        address),
                clock.instant());
        orders.move(c, id, OrderStatus.AWAITING_ANSWER, clock.instant(), null);
        recipients.rememberContacts(c, recipient.accountId(), phone, email);
        journal.record(c, recipient, "social.order.create", "order", Long.toString(id), null);
        return id;
    }

    /** O4: the recipient cancels while the supplier has not answered. */
    public void cancel(Connection c, Actor recipient, long id) throws SQLException {
        Order o = orders.lock(c, id);
        if (o.recipientId() != recipient.accountId()) {
            throw new NotFound("order", id);
        }
        if (o.status() != OrderStatus.AWAITING_ANSWER) {
            throw new RuleViolation(
                    "social.order.notCancellable", "Заказ можно отменить только до ответа поставщика о наличии");
        }
        orders.move(c, id, OrderStatus.CANCELLED_BY_RECIPIENT, clock.instant(), null);
        journal.record(c, recipient, "social.order.cancel", "order", Long.toString(id), null);
    }

    private static int quantity(String text, int available) {
        int quantity;
        try {
            quantity = Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolation("social.order.quantity", "Укажите количество целым числом");
        }
        if (quantity < 1) {
            throw new RuleViolation("social.order.quantity", "Укажите количество целым числом");
        }
        if (quantity > available) {
            throw new RuleViolation(
                    "social.order.quantityAvailable", "Доступно только " + available + " шт.", available);
        }
        return quantity;
    }

    private static String destination(Product p, DeliveryMethod method, String given) {
        String value = given == null ? "" : given.strip();
        switch (method) {
            case PICKUP -> {
                if (!p.pickupAddresses().contains(value)) {
                    throw new RuleViolation("social.order.pickupAddress", "Выберите адрес самовывоза товара");
                }
            }
            case COURIER -> {
                if (value.isEmpty()) {
                    throw new RuleViolation("social.order.address", "Укажите адрес доставки");
                }
            }
            case IN_PATIENT -> {
                if (p.service() == null) {
                    throw new RuleViolation(
                            "social.order.noInPatient", "Для этого товара получение в стационаре не предусмотрено");
                }
                if (!p.service().place().equals(value)) {
                    throw new RuleViolation("social.order.facility", "Выберите стационар из предложенных");
                }
            }
        }
        return value;
    }

    private static String required(String value, String key, String text) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(key, text);
        }
        return value.strip();
    }
}

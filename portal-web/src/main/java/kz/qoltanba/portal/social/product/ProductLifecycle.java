package kz.qoltanba.portal.social.product;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import kz.qoltanba.portal.social.Actor;
import kz.qoltanba.portal.social.FileStore;
import kz.qoltanba.portal.social.Journal;
import kz.qoltanba.portal.social.RuleViolation;
import kz.qoltanba.portal.social.supplier.Organisations;

/** The product's unsigned row actions: «Создать копию», «Удалить», «Обновить», «Снять с продажи» (P2, P4, P10, P11). */
public final class ProductLifecycle {
    private final Products products;
    private final Organisations organisations;
    private final ProductChecks checks;
    private final Journal journal;
    private final Clock clock;

    public ProductLifecycle(
            Products products,
            TsrTypes types,
            Organisations organisations,
            FileStore files,
            Journal journal,
            Clock clock) {
        this.products = products;
        this.organisations = organisations;
        this.checks = new ProductChecks(types, organisations, files);
        this.journal = journal;
        this.clock = clock;
    }

    /** P2: a new «Черновик» with every tab of the source; the source is unchanged. */
    public long copy(Connection c, Actor supplier, long id) throws SQLException {
        products.lockOwned(c, id, supplier.bin());
        long copy = products.copy(c, id, clock.instant());
        changed(c, supplier, "social.product.copy", copy, "copy of " + id);
        return copy;
    }

    /** P4: only «Черновик», «Готов к публикации», «Отклонена …», and never with an open product application. */
    public void delete(Connection c, Actor supplier, long id) throws SQLException {
        Product p = products.lockOwned(c, id, supplier.bin());
        if (!p.status().editable()) {
            throw new RuleViolation(
                    "social.product.notDeletable",
                    "Товар в статусе «" + p.status().label("ru") + "» удалить нельзя",
                    p.status());
        }
        if (hasApplications(c, id)) {
            throw new RuleViolation(
                    "social.product.hasApplications",
                    "Товар уже подавался на публикацию; его можно только снять с продажи или скопировать");
        }
        products.delete(c, id);
        changed(c, supplier, "social.product.delete", id, null);
    }

    /** P10: the stock may only go down and not below 1 (R-TSR-16); addresses from the real-estate register. */
    public void update(Connection c, Actor supplier, long id, String stockText, List<String> addresses)
            throws SQLException {
        Product p = products.lockOwned(c, id, supplier.bin());
        if (!p.status().published()) {
            throw new RuleViolation("social.product.notPublished", "Обновить можно только опубликованный товар");
        }
        int stock = Numbers.integer("Количество товара на складе", stockText);
        if (stock < 1) {
            throw new RuleViolation("social.product.stockMin", "Количество не может быть меньше 1");
        }
        if (stock > p.stockQuantity()) {
            throw new RuleViolation(
                    "social.product.stockOnlyDown",
                    "Количество можно только уменьшить (сейчас " + p.stockQuantity() + ")",
                    p.stockQuantity());
        }
        List<String> chosen = addresses == null ? List.of() : List.copyOf(addresses);
        checks.pickupAddresses(c, supplier.bin(), chosen);
        products.updateStock(c, id, stock, chosen, clock.instant());
        changed(c, supplier, "social.product.update", id, "stock " + p.stockQuantity() + " -> " + stock);
    }

    /** P11: «Снять с продажи» – terminal; open orders continue. */
    public void withdraw(Connection c, Actor supplier, long id) throws SQLException {
        Product p = products.lockOwned(c, id, supplier.bin());
        if (!p.status().published()) {
            throw new RuleViolation("social.product.notPublished", "Снять с продажи можно только опубликованный товар");
        }
        products.setStatus(c, id, ProductStatus.WITHDRAWN, clock.instant());
        changed(c, supplier, "social.product.withdraw", id, null);
    }

    private static boolean hasApplications(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM social_product_application WHERE product_id = ?"
                + " UNION ALL SELECT 1 FROM social_order WHERE product_id = ?")) {
            s.setLong(1, id);
            s.setLong(2, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    private void changed(Connection c, Actor supplier, String action, long id, String details) throws SQLException {
        organisations.bumpVersion(c, supplier.bin());
        journal.record(c, supplier, action, "product", Long.toString(id), details);
    }
}

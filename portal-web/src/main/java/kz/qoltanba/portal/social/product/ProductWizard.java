package kz.qoltanba.portal.social.product;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import kz.qoltanba.portal.social.Actor;
import kz.qoltanba.portal.social.FileStore;
import kz.qoltanba.portal.social.Journal;
import kz.qoltanba.portal.social.RuleViolation;
import kz.qoltanba.portal.social.supplier.Organisation;
import kz.qoltanba.portal.social.supplier.Organisations;
import kz.qoltanba.portal.social.supplier.SupplierProfile;

/**
 * «+Добавить товар» and «Изменить»: the product wizard, tab by tab. The first tab creates a «Черновик» (P1a);
 * each later tab is checked and saved on «Далее»; {@link #finish} checks every applicable tab and makes the
 * product «Готов к публикации» (P1, P3, P5).
 */
public final class ProductWizard {
    private final Products products;
    private final TsrTypes types;
    private final Organisations organisations;
    private final SupplierProfile profile;
    private final ProductChecks checks;
    private final Journal journal;
    private final Clock clock;

    public ProductWizard(
            Products products,
            TsrTypes types,
            Organisations organisations,
            SupplierProfile profile,
            FileStore files,
            Journal journal,
            Clock clock) {
        this.products = products;
        this.types = types;
        this.organisations = organisations;
        this.profile = profile;
        this.checks = new ProductChecks(types, organisations, files);
        this.journal = journal;
        this.clock = clock;
    }

    /** The first tab, «Далее»: a new draft. The organisation profile must be saved first. */
    public long create(Connection c, Actor supplier, GeneralForm form) throws SQLException {
        Organisation org = profile.requireOffer(c, supplier.bin());
        if (!org.profileSaved()) {
            throw new RuleViolation("social.product.profileFirst", "Сначала заполните и сохраните профиль организации");
        }
        ValidGeneral general = checks.general(c, supplier.bin(), form);
        long id = products.insertDraft(c, supplier.bin(), general, clock.instant());
        changed(c, supplier, "social.product.create", id);
        return id;
    }

    public void saveGeneral(Connection c, Actor supplier, long id, GeneralForm form) throws SQLException {
        editable(c, supplier, id);
        products.updateGeneral(c, id, checks.general(c, supplier.bin(), form), clock.instant());
        changed(c, supplier, "social.product.general", id);
    }

    public void saveCharacteristics(Connection c, Actor supplier, long id, Tab tab, Map<String, String> values)
            throws SQLException {
        Product product = editable(c, supplier, id);
        TsrType type = checks.leaf(c, product.tsrTypeId());
        products.updateJson(c, id, tab.code(), checks.characteristics(type, tab, values), clock.instant());
        changed(c, supplier, "social.product." + tab.code(), id);
    }

    /** «Качественные характеристики» → «Сохранить»: at least one certificate or declaration. */
    public void saveQuality(Connection c, Actor supplier, long id, List<QualityDocument> documents)
            throws SQLException {
        editable(c, supplier, id);
        products.updateJson(c, id, "quality", checks.quality(c, supplier.bin(), documents), clock.instant());
        changed(c, supplier, "social.product.quality", id);
    }

    public void saveRegistration(Connection c, Actor supplier, long id, Registration registration) throws SQLException {
        editable(c, supplier, id);
        products.updateJson(
                c, id, "registration", checks.registration(c, supplier.bin(), registration), clock.instant());
        changed(c, supplier, "social.product.registration", id);
    }

    public void saveService(Connection c, Actor supplier, long id, AccompanyingService service) throws SQLException {
        Product product = editable(c, supplier, id);
        TsrType type = checks.leaf(c, product.tsrTypeId());
        products.updateJson(c, id, "accompanying_service", checks.service(type, service), clock.instant());
        changed(c, supplier, "social.product.service", id);
    }

    /** The last tab's «Далее»: every applicable tab complete, so the product is «Готов к публикации». */
    public void finish(Connection c, Actor supplier, long id) throws SQLException {
        Product p = editable(c, supplier, id);
        TsrType type = checks.leaf(c, p.tsrTypeId());
        checks.general(
                c,
                supplier.bin(),
                new GeneralForm(
                        p.tsrTypeId(),
                        p.nameRu(),
                        p.nameKk(),
                        p.descriptionRu(),
                        p.descriptionKk(),
                        p.price() == null ? null : p.price().toPlainString(),
                        p.stockQuantity() == null ? null : p.stockQuantity().toString(),
                        p.pickupAddresses(),
                        p.manufacturer(),
                        p.model(),
                        p.country(),
                        p.imageFileIds()));
        for (Tab tab : Tab.values()) {
            checks.characteristics(type, tab, p.characteristics().get(tab));
        }
        checks.quality(c, supplier.bin(), p.quality());
        checks.registration(c, supplier.bin(), p.registration());
        if (type.requiresService()) {
            checks.service(type, p.service());
        }
        products.setStatus(c, id, ProductStatus.READY, clock.instant());
        changed(c, supplier, "social.product.ready", id);
    }

    public List<TsrType> classifier(Connection c) throws SQLException {
        return types.all(c);
    }

    private Product editable(Connection c, Actor supplier, long id) throws SQLException {
        profile.requireOffer(c, supplier.bin());
        Product product = products.lockOwned(c, id, supplier.bin());
        if (!product.status().editable()) {
            throw new RuleViolation(
                    "social.product.notEditable",
                    "Товар в статусе «" + product.status().label("ru") + "» изменить нельзя",
                    product.status());
        }
        return product;
    }

    private void changed(Connection c, Actor supplier, String action, long id) throws SQLException {
        organisations.bumpVersion(c, supplier.bin());
        journal.record(c, supplier, action, "product", Long.toString(id), null);
    }
}

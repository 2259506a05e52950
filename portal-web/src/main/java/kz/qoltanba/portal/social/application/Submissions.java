package kz.qoltanba.portal.social.application;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import kz.qoltanba.portal.social.Actor;
import kz.qoltanba.portal.social.Journal;
import kz.qoltanba.portal.social.Prepared;
import kz.qoltanba.portal.social.RuleViolation;
import kz.qoltanba.portal.social.SignatureCompletion;
import kz.qoltanba.portal.social.SignedBy;
import kz.qoltanba.portal.social.product.Product;
import kz.qoltanba.portal.social.product.ProductStatus;
import kz.qoltanba.portal.social.product.Products;
import kz.qoltanba.portal.social.supplier.Organisation;
import kz.qoltanba.portal.social.supplier.Organisations;
import kz.qoltanba.portal.social.supplier.SupplierProfile;

/**
 * The supplier's signed submissions of «Готов к публикации» products: with a registry inclusion application
 * when not yet in the TSR registry («Подписать заявление на включение в реестр», P6/RA1/PA1, S-06), alone when
 * already a member («Подать выбранные на публикацию», P7, S-07). Both are bound to the organisation's
 * version, which every change of the organisation or its products raises.
 */
public final class Submissions {
    public static final String INCLUSION_ACTION = "social.tsr.inclusion.submit";
    public static final String PUBLICATION_ACTION = "social.tsr.publication.submit";

    private final Organisations organisations;
    private final Products products;
    private final Applications applications;
    private final SupplierProfile profile;
    private final Snapshots snapshots;
    private final Journal journal;
    private final Clock clock;

    public Submissions(
            Organisations organisations,
            Products products,
            Applications applications,
            SupplierProfile profile,
            Snapshots snapshots,
            Journal journal,
            Clock clock) {
        this.organisations = organisations;
        this.products = products;
        this.applications = applications;
        this.profile = profile;
        this.snapshots = snapshots;
        this.journal = journal;
        this.clock = clock;
    }

    /**
     * The S-06/S-07 payload after the guards passed; the sign request is bound to the organisation's version.
     * The envelope of an inclusion (S-06) names the registry application by the number it will carry, reserved
     * here, so the signed document and the application filed on completion share it (a request never completed
     * leaves a gap in the numbers); a member's publication request (S-07) names the organisation's БИН.
     */
    public Prepared prepare(Connection c, Actor supplier, List<Long> productIds) throws SQLException {
        Prepared prepared = prepared(supplier, check(c, supplier, productIds));
        if (INCLUSION_ACTION.equals(prepared.action())) {
            return prepared.document("TSR_REGISTRY_APPLICATION", Long.toString(applications.reserveNumber(c)));
        }
        return prepared.document("TSR_PUBLICATION_REQUEST", supplier.bin());
    }

    private static Prepared prepared(Actor supplier, Checked checked) {
        String action = checked.member() ? PUBLICATION_ACTION : INCLUSION_ACTION;
        return new Prepared(
                action, "organisation", supplier.bin(), checked.org().version(), checked.payload());
    }

    /** The application number the signed envelope named, or null (the next number) when it named none. */
    private static Long reservedNumber(SignedBy signed) {
        String docId = signed.docId();
        return docId != null && docId.matches("[0-9]{1,18}") ? Long.valueOf(docId) : null;
    }

    /**
     * The signed submission: guards re-checked under the organisation's lock, the signature verified against
     * its version, then the application «+Новое» (inclusion only), one product application «+Новое» per
     * product and every product «Отправлена заявка на публикацию».
     *
     * @return the registry application's id, or 0 for a member's publication request
     */
    public long submit(Connection c, Actor supplier, List<Long> productIds, SignatureCompletion completion)
            throws SQLException {
        Checked checked = check(c, supplier, productIds);
        SignedBy signed = completion.complete(prepared(supplier, checked));
        Organisation org = checked.org();
        String ukzisp = organisations.ukzispFor(c, org.legalAddressKato()).orElseThrow();
        Long applicationId = null;
        if (!checked.member()) {
            applicationId = applications.insertRegistry(
                    c,
                    Category.TSR,
                    Kind.INCLUSION,
                    org.bin(),
                    org.nameRu(),
                    snapshots.toJson(checked.payload()),
                    ukzisp,
                    signed.documentId(),
                    reservedNumber(signed),
                    clock.instant());
        }
        for (Product p : checked.products()) {
            long pa = applications.insertProduct(
                    c,
                    p.id(),
                    org.bin(),
                    applicationId,
                    ukzisp,
                    snapshots.toJson(snapshots.product(c, p)),
                    signed.documentId(),
                    clock.instant());
            products.setStatus(c, p.id(), ProductStatus.SUBMITTED, clock.instant());
            journal.record(
                    c,
                    supplier,
                    "social.product.submit",
                    "product",
                    Long.toString(p.id()),
                    "product application " + pa);
        }
        organisations.bumpVersion(c, org.bin());
        if (applicationId != null) {
            journal.record(
                    c,
                    supplier,
                    "social.application.submit",
                    "application",
                    applicationId.toString(),
                    "signed document " + signed.documentId());
            return applicationId;
        }
        return 0;
    }

    private Checked check(Connection c, Actor supplier, List<Long> productIds) throws SQLException {
        Organisation org = profile.requireOffer(c, supplier.bin());
        if (!org.profileSaved()) {
            throw new RuleViolation("social.application.profileFirst", "Сначала сохраните профиль организации");
        }
        if (organisations.ukzispFor(c, org.legalAddressKato()).isEmpty()) {
            throw new RuleViolation(
                    "social.application.noUkzisp",
                    "Не найдено УКЗиСП для юридического адреса организации; обратитесь в поддержку");
        }
        if (productIds == null || productIds.isEmpty()) {
            throw new RuleViolation("social.application.noProducts", "Выберите хотя бы один товар");
        }
        boolean member = organisations.isMember(c, org.bin(), "TSR", clock.instant());
        if (!member && applications.openApplicationExists(c, org.bin(), Category.TSR, Kind.INCLUSION)) {
            throw new RuleViolation(
                    "social.application.openExists", "Заявление на включение в реестр уже подано и ещё не рассмотрено");
        }
        List<Product> chosen = new ArrayList<>();
        List<Map<String, Object>> productSnapshots = new ArrayList<>();
        for (long id : new LinkedHashSet<>(productIds)) {
            Product p = products.lockOwned(c, id, org.bin());
            if (p.status() != ProductStatus.READY) {
                throw new RuleViolation(
                        "social.application.productNotReady",
                        "Товар «" + p.nameRu() + "» не в статусе «Готов к публикации»",
                        p.nameRu());
            }
            chosen.add(p);
            productSnapshots.add(snapshots.product(c, p));
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("kind", member ? "PUBLICATION" : "INCLUSION");
        payload.put("category", "TSR");
        payload.put("organisation", snapshots.organisation(org, organisations.realEstateAddresses(c, org.bin())));
        payload.put("products", productSnapshots);
        return new Checked(org, member, List.copyOf(chosen), payload);
    }

    private record Checked(Organisation org, boolean member, List<Product> products, Map<String, Object> payload) {}
}

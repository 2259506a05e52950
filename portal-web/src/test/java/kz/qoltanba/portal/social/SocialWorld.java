package kz.qoltanba.portal.social;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.db.TestDatabase;
import kz.qoltanba.portal.social.application.Applications;
import kz.qoltanba.portal.social.application.Snapshots;
import kz.qoltanba.portal.social.application.Submissions;
import kz.qoltanba.portal.social.order.Fulfilment;
import kz.qoltanba.portal.social.order.OrderForm;
import kz.qoltanba.portal.social.order.Ordering;
import kz.qoltanba.portal.social.order.Orders;
import kz.qoltanba.portal.social.order.Recipient;
import kz.qoltanba.portal.social.order.Recipients;
import kz.qoltanba.portal.social.product.AccompanyingService;
import kz.qoltanba.portal.social.product.GeneralForm;
import kz.qoltanba.portal.social.product.ProductLifecycle;
import kz.qoltanba.portal.social.product.ProductWizard;
import kz.qoltanba.portal.social.product.Products;
import kz.qoltanba.portal.social.product.QualityDocument;
import kz.qoltanba.portal.social.product.Registration;
import kz.qoltanba.portal.social.product.Tab;
import kz.qoltanba.portal.social.product.TsrTypes;
import kz.qoltanba.portal.social.review.ApplicationReview;
import kz.qoltanba.portal.social.review.ProductReview;
import kz.qoltanba.portal.social.supplier.ContactsForm;
import kz.qoltanba.portal.social.supplier.Organisations;
import kz.qoltanba.portal.social.supplier.SupplierProfile;
import kz.qoltanba.portal.standins.Entitlement;
import kz.qoltanba.portal.standins.RealEstateObject;
import kz.qoltanba.portal.standins.RegisteredOrganisation;
import kz.qoltanba.portal.testutil.StandInSignatures;

/**
 * The social area's services on a fresh database with two suppliers (Astana), two reviewers of the Astana
 * УКЗиСП, one of the Almaty УКЗиСП, and two recipients; signatures are stood in for by a completion that
 * records what it was asked to cover.
 */
public final class SocialWorld implements AutoCloseable {
    public static final String SUPPLIER_A = "210540001207";
    public static final String SUPPLIER_B = "180540012345";
    public static final String LIQUIDATED = "190640023456";
    public static final String UKZ_AST = "990440000111";
    public static final String UKZ_ALM = "990440000222";
    public static final String WAREHOUSE = "г. Астана, пр. Абая 10, склад 1";
    public static final String AKTOBE = "г. Актобе, ул. Маресьева 5";
    public static final String PDF = "%PDF-1.4 protocol\n%%EOF";
    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0};

    public final MovableClock clock =
            new MovableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    public final PortalDatabase db = TestDatabase.fresh();
    public final List<String> journal = new CopyOnWriteArrayList<>();
    public final List<Prepared> signed = new CopyOnWriteArrayList<>();

    public final Organisations organisations = new Organisations();
    public final Products products = new Products();
    public final Applications applications = new Applications();
    public final Orders orders = new Orders();
    public final Recipients recipients = new Recipients();
    public final Journal journalSink =
            (c, actor, action, type, id, details) -> journal.add(actor.iin() + " " + action + " " + type + " " + id);
    public final FileStore files = new FileStore(clock, journalSink);
    public final Snapshots snapshots = new Snapshots(files);
    public final SupplierProfile profile;
    public final ProductWizard wizard;
    public final ProductLifecycle lifecycle;
    public final Submissions submissions;
    public final ProductReview productReview;
    public final ApplicationReview applicationReview;
    public final Ordering ordering;
    public final Fulfilment fulfilment;

    public final Actor supplierA = new Actor(Actor.Role.SUPPLIER, 1, "850715300459", SUPPLIER_A, "ЖАКСЫБЕКОВ ЕРЛАН");
    public final Actor supplierB = new Actor(Actor.Role.SUPPLIER, 2, "850101300111", SUPPLIER_B, "АХМЕТОВ ЕРЛАН");
    public final Actor ivanova = new Actor(Actor.Role.REVIEWER, 3, "800303400333", UKZ_AST, "Иванова Мария");
    public final Actor petrov = new Actor(Actor.Role.REVIEWER, 4, "820404300444", UKZ_AST, "Петров Пётр");
    public final Actor kim = new Actor(Actor.Role.REVIEWER, 5, "810808300888", UKZ_ALM, "Ким Олег");
    public Actor recipient;
    public Actor otherRecipient;

    public SocialWorld() {
        Map<String, RegisteredOrganisation> registry = Map.of(
                SUPPLIER_A, organisation(SUPPLIER_A, "ТОО \"ДЕВ ТЕСТ\"", true),
                SUPPLIER_B, organisation(SUPPLIER_B, "ТОО «МедТехСервис»", true),
                LIQUIDATED, organisation(LIQUIDATED, "ТОО «Закрыто»", false));
        List<RealEstateObject> estate = List.of(
                new RealEstateObject("1", WAREHOUSE, "711210000", "склад"),
                new RealEstateObject("2", AKTOBE, "151010000", "склад"));
        profile = new SupplierProfile(
                organisations, bin -> Optional.ofNullable(registry.get(bin)), bin -> estate, journalSink, clock);
        TsrTypes types = new TsrTypes();
        wizard = new ProductWizard(products, types, organisations, profile, files, journalSink, clock);
        lifecycle = new ProductLifecycle(products, types, organisations, files, journalSink, clock);
        submissions = new Submissions(organisations, products, applications, profile, snapshots, journalSink, clock);
        productReview = new ProductReview(applications, products, files, journalSink, clock);
        applicationReview = new ApplicationReview(applications, products, organisations, files, journalSink, clock);
        ordering = new Ordering(
                orders,
                products,
                organisations,
                recipients,
                iin -> List.of(
                        new Entitlement("hearing-battery", null, new BigDecimal("59000.00"), 3),
                        new Entitlement("wheelchair-electric", null, new BigDecimal("450000.00"), 1)),
                snapshots,
                journalSink,
                clock);
        fulfilment = new Fulfilment(orders, products, organisations, files, journalSink, clock);
        tx(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO social_ukzisp (bin, name_ru, name_kk,"
                    + " kato_prefix) VALUES (?, 'УКЗиСП г. Астаны', 'Астана қ. ЖҚӘБ', '7112'),"
                    + " (?, 'УКЗиСП г. Алматы', 'Алматы қ. ЖҚӘБ', '7510')")) {
                s.setString(1, UKZ_AST);
                s.setString(2, UKZ_ALM);
                s.executeUpdate();
            }
            Recipient r1 = recipients.enter(c, "900101400122", "САТПАЕВА АЙГЕРИМ", clock.instant());
            Recipient r2 = recipients.enter(c, "750505400555", "ИСУПОВА МИСМИРА", clock.instant());
            recipient = new Actor(Actor.Role.RECIPIENT, r1.id(), r1.iin(), null, r1.fullName());
            otherRecipient = new Actor(Actor.Role.RECIPIENT, r2.id(), r2.iin(), null, r2.fullName());
            return null;
        });
    }

    private static RegisteredOrganisation organisation(String bin, String name, boolean active) {
        return new RegisteredOrganisation(
                bin,
                name,
                name + " ЖШС",
                "ТОО",
                "2021-05-14",
                "1-ТОО",
                "ДЮ г. Астаны",
                "г. Астана, ул. Кенесары 40",
                "711210000",
                "850715300459",
                "ЖАКСЫБЕКОВ ЕРЛАН",
                "Директор",
                active);
    }

    public <T> T tx(PortalDatabase.SqlWork<T> work) {
        return db.inTransaction(work);
    }

    /**
     * A stand-in signature over exactly what the transition asked for; its signed document is stored and committed
     * in a transaction of its own (the completion is not handed the transition's connection).
     */
    public SignatureCompletion signature(Actor signer) {
        return expected -> {
            signed.add(expected);
            return tx(c -> standIn(c, signer));
        };
    }

    /** A stand-in signature of {@code signer}, its signed document stored on {@code c}. */
    public static SignedBy standIn(java.sql.Connection c, Actor signer) throws java.sql.SQLException {
        long document = StandInSignatures.store(c, signer.iin(), signer.bin(), signer.displayName());
        return new SignedBy(document, signer.iin(), signer.bin(), signer.displayName());
    }

    /** Logged in, offer accepted, profile saved (self-pickup and in-patient offered). */
    public void onboard(Actor supplier) {
        tx(c -> {
            profile.enter(c, supplier.bin());
            profile.acceptOffer(c, supplier, true);
            profile.saveContacts(
                    c,
                    supplier,
                    new ContactsForm(
                            "NON_STATIONARY",
                            Set.of("PICKUP", "IN_PATIENT", "COURIER"),
                            "+7 701 123 4567",
                            "info@dev.kz",
                            WAREHOUSE));
            return null;
        });
    }

    public long upload(Actor owner, String name, byte[] content, FileKind kind) {
        String label = owner.role() == Actor.Role.REVIEWER
                ? FileStore.ukzispOwner(owner.bin())
                : FileStore.organisationOwner(owner.bin());
        return tx(c -> files.store(c, owner, label, name, content, kind).id());
    }

    public long pdf(Actor owner) {
        return upload(owner, "protocol.pdf", PDF.getBytes(java.nio.charset.StandardCharsets.UTF_8), FileKind.PDF);
    }

    public GeneralForm hearingAid(Actor supplier, String stock) {
        long image = upload(supplier, "aid.png", PNG, FileKind.IMAGE);
        return new GeneralForm(
                "hearing-battery",
                "Слуховой аппарат Звук-1",
                "Звук-1 есту аппараты",
                "Заушный аппарат",
                "Құлақ артындағы аппарат",
                "59000",
                stock,
                List.of(AKTOBE),
                "Звук",
                "З-1",
                "Казахстан",
                List.of(image));
    }

    /** A hearing aid through every tab to «Готов к публикации». */
    public long readyProduct(Actor supplier, String stock) {
        GeneralForm general = hearingAid(supplier, stock);
        long certificate = pdf(supplier);
        long letter = pdf(supplier);
        return tx(c -> {
            long id = wizard.create(c, supplier, general);
            wizard.saveCharacteristics(c, supplier, id, Tab.TECHNICAL, Map.of("gain", "25.7", "digital", "true"));
            wizard.saveCharacteristics(c, supplier, id, Tab.OPERATIONAL, Map.of("warranty", "24"));
            wizard.saveCharacteristics(c, supplier, id, Tab.FUNCTIONAL, Map.of("programs", "4"));
            wizard.saveQuality(
                    c,
                    supplier,
                    id,
                    List.of(new QualityDocument(
                            QualityDocument.CERTIFICATE,
                            "KZ-123",
                            "2026-01-10",
                            "2029-01-10",
                            "ТОО «Сертификация»",
                            certificate)));
            wizard.saveRegistration(
                    c, supplier, id, new Registration(false, "НЦЭЛС-77", "2026-02-01", null, List.of(letter)));
            wizard.finish(c, supplier, id);
            return id;
        });
    }

    /** A wheelchair with its accompanying service, to «Готов к публикации». */
    public long readyWheelchair(Actor supplier) {
        long image = upload(supplier, "chair.png", PNG, FileKind.IMAGE);
        long certificate = pdf(supplier);
        long registration = pdf(supplier);
        return tx(c -> {
            long id = wizard.create(
                    c,
                    supplier,
                    new GeneralForm(
                            "wheelchair-electric",
                            "Коляска Э-1",
                            "Арба Э-1",
                            "С электроприводом",
                            "Электр жетегі бар",
                            "450000",
                            "2",
                            List.of(WAREHOUSE),
                            "",
                            "",
                            "",
                            List.of(image)));
            wizard.saveCharacteristics(c, supplier, id, Tab.TECHNICAL, Map.of("speed", "6.5"));
            wizard.saveCharacteristics(c, supplier, id, Tab.OPERATIONAL, Map.of("warranty", "12"));
            wizard.saveCharacteristics(c, supplier, id, Tab.FUNCTIONAL, Map.of("range", "20"));
            wizard.saveQuality(
                    c,
                    supplier,
                    id,
                    List.of(new QualityDocument(
                            QualityDocument.DECLARATION,
                            "D-1",
                            "2026-01-10",
                            "2028-01-10",
                            "Изготовитель",
                            certificate)));
            wizard.saveRegistration(
                    c,
                    supplier,
                    id,
                    new Registration(true, "РК-МИ-5", "2025-01-01", "2030-01-01", List.of(registration)));
            wizard.saveService(c, supplier, id, new AccompanyingService("city-hospital-1", "setup"));
            wizard.finish(c, supplier, id);
            return id;
        });
    }

    /** Submits the products with an inclusion application (signed) and returns the application id. */
    public long submit(Actor supplier, Long... productIds) {
        return tx(c -> submissions.submit(c, supplier, List.of(productIds), signature(supplier)));
    }

    /** The recipient's usual order form: {@code quantity} of {@code product}, picked up in Aktobe. */
    public static OrderForm pickup(long product, String quantity) {
        return new OrderForm(
                product, quantity, "PICKUP", AKTOBE, "Сатпаева Айгерим", "+7 701 123 4567", "aigerim@example.kz");
    }

    /** The recipient orders one of {@code product} to pick up (committed); returns the order id. */
    public long pickupOrder(long product) {
        return tx(c -> ordering.order(c, recipient, pickup(product, "1")));
    }

    /** Supplier A in the registry with one approved, offered product; returns the product id. */
    public long approvedProduct(String stock) {
        onboard(supplierA);
        long product = readyProduct(supplierA, stock);
        long application = submit(supplierA, product);
        long protocol = pdf(ivanova);
        tx(c -> {
            applicationReview.take(c, ivanova, application);
            long pa = applications.productsOf(c, application).get(0).id();
            productReview.take(c, ivanova, pa);
            productReview.decide(
                    c, ivanova, pa, kz.qoltanba.portal.social.review.Decision.approval(protocol), signature(ivanova));
            applicationReview.decide(
                    c,
                    ivanova,
                    application,
                    kz.qoltanba.portal.social.review.Decision.approval(protocol),
                    signature(ivanova));
            return null;
        });
        return product;
    }

    public List<String> statuses(String sql, long id) {
        return tx(c -> {
            List<String> values = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        values.add(r.getString(1));
                    }
                }
            }
            return values;
        });
    }

    /** Runs {@code work} expecting a rule to refuse it; returns the refusal. */
    public RuleViolation refused(PortalDatabase.SqlWork<?> work) {
        try {
            tx(work);
        } catch (RuleViolation e) {
            return e;
        }
        throw new AssertionError("the action was expected to be refused");
    }

    @Override
    public void close() throws Exception {
        db.close();
    }
}

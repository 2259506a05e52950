package kz.qoltanba.portal.social.web;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.qoltanba.portal.e2e.PortalUnderTest;
import kz.qoltanba.portal.signing.DevCertificates;
import kz.qoltanba.portal.signing.DevHolder;
import kz.qoltanba.portal.social.Actor;
import kz.qoltanba.portal.social.FileKind;
import kz.qoltanba.portal.social.FileStore;
import kz.qoltanba.portal.social.SignatureCompletion;
import kz.qoltanba.portal.social.SocialArea;
import kz.qoltanba.portal.social.SocialWorld;
import kz.qoltanba.portal.social.application.ProductApplication;
import kz.qoltanba.portal.social.product.GeneralForm;
import kz.qoltanba.portal.social.product.QualityDocument;
import kz.qoltanba.portal.social.product.Registration;
import kz.qoltanba.portal.social.product.Tab;
import kz.qoltanba.portal.social.review.Decision;
import kz.qoltanba.portal.social.review.Reviewers;
import kz.qoltanba.portal.social.supplier.ContactsForm;
import kz.qoltanba.portal.standins.StandIns;
import kz.qoltanba.portal.testutil.TestPki;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.cert.KeyPurpose;
import kz.qoltanba.signing.token.KeyEntry;

/**
 * Registry applications filed through the domain services of a running portal, for tests of the reviewer's pages:
 * the supplier onboarded, its hearing aids through the wizard, the inclusion application submitted (stand-in
 * signature — the supplier's own signing has its tests). Also the Astana УКЗиСП reviewer and their keys.
 */
final class FiledApplications {
    static final String REVIEWER_IIN = "800303400333";
    static final String REVIEWER_NAME = "Иванова Мария";

    private final SocialArea area;

    FiledApplications(PortalUnderTest portal) {
        this.area = new SocialArea(
                portal.services(), portal.services().find(StandIns.class).orElseThrow());
    }

    /** The reviewer Иванова Мария of the Astana УКЗиСП. */
    static void provisionReviewer(Connection c) throws SQLException {
        new Reviewers()
                .provision(
                        c,
                        SocialWorld.UKZ_AST,
                        "УКЗиСП г. Астаны",
                        "Астана қ. ЖҚӘБ",
                        "7112",
                        REVIEWER_IIN,
                        REVIEWER_NAME);
    }

    /** A key of the reviewer: AUTH for the login, SIGN for the decisions (legal entity: the УКЗиСП's BIN). */
    static KeyEntry reviewerKey(KeyPurpose purpose) throws Exception {
        return DevCertificates.issue(
                TestPki.get().pki(),
                KeyAlgorithm.RSA,
                DevHolder.employee(
                        "ИВАНОВА", "МАРИЯ", "ПЕТРОВНА", REVIEWER_IIN, "УКЗИСП Г. АСТАНЫ", SocialWorld.UKZ_AST),
                purpose,
                Clock.systemUTC(),
                new SecureRandom());
    }

    /**
     * The supplier (known to the ГБД ЮЛ stand-in, legal address in Astana) onboarded, one hearing aid per name made
     * ready and filed with an inclusion application.
     *
     * @return the application's id
     */
    long inclusion(Connection c, Actor supplier, String... productNames) throws SQLException {
        SignatureCompletion signs = expected -> SocialWorld.standIn(c, supplier);
        return inclusion(c, supplier, signs, productNames);
    }

    /** {@link #inclusion(Connection, Actor, String...)} with the submission signed by {@code signs}. */
    long inclusion(Connection c, Actor supplier, SignatureCompletion signs, String... productNames)
            throws SQLException {
        area.profile.enter(c, supplier.bin());
        area.profile.acceptOffer(c, supplier, true);
        area.profile.saveContacts(
                c,
                supplier,
                new ContactsForm(
                        "NON_STATIONARY", Set.of("PICKUP"), "+7 701 123 4567", "info@example.kz", "г. Астана"));
        List<Long> products = new ArrayList<>();
        for (String name : productNames) {
            products.add(readyProduct(c, supplier, name));
        }
        return area.submissions.submit(c, supplier, products, signs);
    }

    /**
     * The reviewer takes the application and its product applications and approves them all, each with a protocol
     * (stand-in signatures): the supplier joins the registry and the products are approved.
     */
    void approveAll(Connection c, long application) throws SQLException {
        Actor reviewer = reviewer();
        approveAll(c, application, expected -> SocialWorld.standIn(c, reviewer));
    }

    /** The reviewer who decides in {@link #approveAll}, as the social area sees her. */
    static Actor reviewer() {
        return new Actor(Actor.Role.REVIEWER, 1, REVIEWER_IIN, SocialWorld.UKZ_AST, REVIEWER_NAME);
    }

    /** As {@link #approveAll(Connection, long)}, every decision signed by {@code signs}. */
    void approveAll(Connection c, long application, SignatureCompletion signs) throws SQLException {
        Actor reviewer = reviewer();
        long protocol = area.files
                .store(
                        c,
                        reviewer,
                        FileStore.ukzispOwner(SocialWorld.UKZ_AST),
                        "protocol.pdf",
                        SocialWorld.PDF.getBytes(),
                        FileKind.PDF)
                .id();
        area.applicationReview.take(c, reviewer, application);
        for (ProductApplication pa : area.applications.productsOf(c, application)) {
            area.productReview.take(c, reviewer, pa.id());
            area.productReview.decide(c, reviewer, pa.id(), Decision.approval(protocol), signs);
        }
        area.applicationReview.decide(c, reviewer, application, Decision.approval(protocol), signs);
    }

    private long readyProduct(Connection c, Actor supplier, String name) throws SQLException {
        String owner = FileStore.organisationOwner(supplier.bin());
        long image = area.files
                .store(c, supplier, owner, "aid.png", SocialWorld.PNG, FileKind.IMAGE)
                .id();
        long pdf = area.files
                .store(c, supplier, owner, "cert-" + name + ".pdf", (SocialWorld.PDF + name).getBytes(), FileKind.PDF)
                .id();
        return readyHearingAid(area, c, supplier, name, name + " есту аппараты", "KZ-" + name, image, pdf);
    }

    /**
     * A hearing aid named {@code name} through every tab of the wizard to «Готов к публикации», in the caller's
     * transaction, with the given photo and one PDF as its certificate and registration letter.
     */
    static long readyHearingAid(
            SocialArea area,
            Connection c,
            Actor supplier,
            String name,
            String kazakhName,
            String certificateNumber,
            long image,
            long pdf)
            throws SQLException {
        long id = area.wizard.create(
                c,
                supplier,
                new GeneralForm(
                        "hearing-battery",
                        name,
                        kazakhName,
                        "Заушный аппарат",
                        "Құлақ артындағы аппарат",
                        "59000",
                        "10",
                        List.of(SocialWorld.AKTOBE),
                        "Звук",
                        "З-1",
                        "Казахстан",
                        List.of(image)));
        area.wizard.saveCharacteristics(c, supplier, id, Tab.TECHNICAL, Map.of("gain", "25.7"));
        area.wizard.saveCharacteristics(c, supplier, id, Tab.OPERATIONAL, Map.of("warranty", "24"));
        area.wizard.saveCharacteristics(c, supplier, id, Tab.FUNCTIONAL, Map.of("programs", "4"));
        area.wizard.saveQuality(
                c,
                supplier,
                id,
                List.of(new QualityDocument(
                        QualityDocument.CERTIFICATE, certificateNumber, "2026-01-10", "2029-01-10", "ОС", pdf)));
        area.wizard.saveRegistration(c, supplier, id, new Registration(false, "Н-7", "2026-02-01", null, List.of(pdf)));
        area.wizard.finish(c, supplier, id);
        return id;
    }
}

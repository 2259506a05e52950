package kz.qoltanba.portal.social;

import java.util.Set;
import kz.qoltanba.portal.PortalServices;
import kz.qoltanba.portal.audit.AuditJournal;
import kz.qoltanba.portal.signing.SigningPipeline;
import kz.qoltanba.portal.social.application.Applications;
import kz.qoltanba.portal.social.application.Snapshots;
import kz.qoltanba.portal.social.application.Submissions;
import kz.qoltanba.portal.social.order.Fulfilment;
import kz.qoltanba.portal.social.order.Ordering;
import kz.qoltanba.portal.social.order.Orders;
import kz.qoltanba.portal.social.order.Recipients;
import kz.qoltanba.portal.social.product.ProductImages;
import kz.qoltanba.portal.social.product.ProductLifecycle;
import kz.qoltanba.portal.social.product.ProductWizard;
import kz.qoltanba.portal.social.product.Products;
import kz.qoltanba.portal.social.product.TsrTypes;
import kz.qoltanba.portal.social.review.ApplicationReview;
import kz.qoltanba.portal.social.review.ProductReview;
import kz.qoltanba.portal.social.review.ProtocolUpload;
import kz.qoltanba.portal.social.review.Reviewers;
import kz.qoltanba.portal.social.supplier.Organisations;
import kz.qoltanba.portal.social.supplier.SupplierProfile;
import kz.qoltanba.portal.standins.StandIns;
import kz.qoltanba.portal.web.Principal;

/** The social area's services, built once from the portal's services and the registers. */
public final class SocialArea {
    public final Organisations organisations = new Organisations();
    public final Products products = new Products();
    public final TsrTypes tsrTypes = new TsrTypes();
    public final Applications applications = new Applications();
    public final Orders orders = new Orders();
    public final Recipients recipients = new Recipients();
    public final Reviewers reviewers = new Reviewers();
    public final FileStore files;
    public final Snapshots snapshots;
    public final SupplierProfile profile;
    public final ProductWizard wizard;
    public final ProductLifecycle lifecycle;
    public final ProductImages images;
    public final ProtocolUpload protocols;
    public final Submissions submissions;
    public final ProductReview productReview;
    public final ApplicationReview applicationReview;
    public final Ordering ordering;
    public final Fulfilment fulfilment;
    public final SocialAccounts accounts;

    public SocialArea(PortalServices services, StandIns registers) {
        var clock = services.clock();
        Journal journal = journal(services.audit());
        files = new FileStore(clock, journal);
        protocols = new ProtocolUpload(files, journal);
        snapshots = new Snapshots(files);
        profile = new SupplierProfile(organisations, registers.organisations(), registers.realEstate(), journal, clock);
        wizard = new ProductWizard(products, tsrTypes, organisations, profile, files, journal, clock);
        lifecycle = new ProductLifecycle(products, tsrTypes, organisations, files, journal, clock);
        images = new ProductImages(products, files, clock);
        submissions = new Submissions(organisations, products, applications, profile, snapshots, journal, clock);
        productReview = new ProductReview(applications, products, files, journal, clock);
        applicationReview = new ApplicationReview(applications, products, organisations, files, journal, clock);
        ordering = new Ordering(
                orders, products, organisations, recipients, registers.entitlements(), snapshots, journal, clock);
        fulfilment = new Fulfilment(orders, products, organisations, files, journal, clock);
        accounts = new SocialAccounts(profile, reviewers, recipients, clock);
    }

    /** The pipeline bridge, when the portal has a signing pipeline wired. */
    public static PipelineSignatures signatures(PortalServices services) {
        return new PipelineSignatures(services.require(SigningPipeline.class));
    }

    /** Writes the social area's actions into the portal's audit journal as the acting principal. */
    static Journal journal(AuditJournal audit) {
        return (c, actor, action, type, id, details) -> audit.record(c, principal(actor), action, type, id, details);
    }

    private static Principal principal(Actor actor) {
        String area = actor.role().name().toLowerCase(java.util.Locale.ROOT);
        return new Principal(area, actor.accountId(), Set.of(area), actor.displayName(), actor.iin(), actor.bin());
    }
}

package kz.qoltanba.portal.social.review;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qoltanba.portal.social.Actor;
import kz.qoltanba.portal.social.FileStore;
import kz.qoltanba.portal.social.Journal;
import kz.qoltanba.portal.social.Prepared;
import kz.qoltanba.portal.social.Sha256;
import kz.qoltanba.portal.social.SignatureCompletion;
import kz.qoltanba.portal.social.SignedBy;
import kz.qoltanba.portal.social.StoredFile;
import kz.qoltanba.portal.social.application.ApplicationStatus;
import kz.qoltanba.portal.social.application.Applications;
import kz.qoltanba.portal.social.application.ProductApplication;
import kz.qoltanba.portal.social.product.ProductStatus;
import kz.qoltanba.portal.social.product.Products;

/**
 * The GO's review of product applications (§3.3): «В работу» (PA2), «Отменить» (PA3), the signed approval
 * (PA5) and refusal (PA6), each moving the product to «Одобрена …» / «Отклонена заявка на публикацию».
 */
public final class ProductReview {
    public static final String DECISION_ACTION = "social.product-application.decide";

    private final Applications applications;
    private final Products products;
    private final ReviewChecks checks;
    private final Journal journal;
    private final Clock clock;

    public ProductReview(Applications applications, Products products, FileStore files, Journal journal, Clock clock) {
        this.applications = applications;
        this.products = products;
        this.checks = new ReviewChecks(files);
        this.journal = journal;
        this.clock = clock;
    }

    public void take(Connection c, Actor reviewer, long id) throws SQLException {
        ProductApplication pa = locked(c, reviewer, id);
        ReviewChecks.takeable(pa.status());
        applications.take(c, Applications.Table.PRODUCT, id, reviewer.iin(), reviewer.displayName(), clock.instant());
        journal.record(c, reviewer, "social.review.take", "product-application", Long.toString(id), null);
    }

    public void cancel(Connection c, Actor reviewer, long id) throws SQLException {
        ProductApplication pa = locked(c, reviewer, id);
        ReviewChecks.mine(reviewer, pa.status(), pa.reviewerIin());
        applications.release(c, Applications.Table.PRODUCT, id);
        journal.record(c, reviewer, "social.review.cancel", "product-application", Long.toString(id), null);
    }

    /** The S-15 payload, after every guard of the decision passed. */
    public Prepared prepare(Connection c, Actor reviewer, long id, Decision decision) throws SQLException {
        ProductApplication pa = locked(c, reviewer, id);
        return prepared(c, reviewer, pa, decision);
    }

    /** The signed decision: guards re-checked under lock, signature verified, then the transition. */
    public void decide(Connection c, Actor reviewer, long id, Decision decision, SignatureCompletion completion)
            throws SQLException {
        ProductApplication pa = locked(c, reviewer, id);
        Prepared expected = prepared(c, reviewer, pa, decision);
        SignedBy signed = completion.complete(expected);
        ApplicationStatus to = decision.approve() ? ApplicationStatus.APPROVED : ApplicationStatus.REFUSED;
        applications.decide(
                c,
                Applications.Table.PRODUCT,
                id,
                to,
                ReviewChecks.reasons(decision),
                decision.protocolFileId(),
                signed.documentId(),
                clock.instant());
        products.lock(c, pa.productId());
        products.setStatus(
                c,
                pa.productId(),
                decision.approve() ? ProductStatus.APPROVED : ProductStatus.REJECTED,
                clock.instant());
        journal.record(
                c,
                reviewer,
                decision.approve() ? "social.review.approve" : "social.review.refuse",
                "product-application",
                Long.toString(id),
                "signed document " + signed.documentId());
    }

    private ProductApplication locked(Connection c, Actor reviewer, long id) throws SQLException {
        ProductApplication pa = applications.lockProduct(c, id);
        ReviewChecks.sameUkzisp(reviewer, pa.ukzispBin(), "product application", id);
        return pa;
    }

    private Prepared prepared(Connection c, Actor reviewer, ProductApplication pa, Decision decision)
            throws SQLException {
        ReviewChecks.mine(reviewer, pa.status(), pa.reviewerIin());
        StoredFile protocol = checks.decision(c, reviewer, decision);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("productApplicationId", pa.id());
        payload.put("productId", pa.productId());
        payload.put("supplierBin", pa.supplierBin());
        payload.put("productSnapshotSha256", Sha256.hex(pa.productSnapshot()));
        payload.put("decision", decision.approve() ? "APPROVED" : "REFUSED");
        payload.put("reasons", decision.approve() ? List.of() : ReviewChecks.reasons(decision));
        payload.put("protocol", Map.of("name", protocol.name(), "size", protocol.size(), "sha256", protocol.sha256()));
        return new Prepared(DECISION_ACTION, "product-application", Long.toString(pa.id()), pa.version(), payload);
    }
}

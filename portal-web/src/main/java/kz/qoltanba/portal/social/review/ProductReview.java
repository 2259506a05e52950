package kz.qoltanba.portal.social.review;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.qoltanba.portal.social.Actor;
import kz.qoltanba.portal.social.FileStore;
import kz.qoltanba.portal.social.Journal;
import kz.qoltanba.portal.social.Prepared;
import kz.qoltanba.portal.social.Sha256;
import kz.qoltanba.portal.social.SignatureCompletion;
import kz.qoltanba.portal.social.SignedBy;
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
    private static final String OBJECT = "product-application";

    private final Applications applications;
    private final Products products;
    private final ReviewSteps steps;
    private final Clock clock;

    public ProductReview(Applications applications, Products products, FileStore files, Journal journal, Clock clock) {
        this.applications = applications;
        this.products = products;
        this.steps = new ReviewSteps(applications, Applications.Table.PRODUCT, OBJECT, files, journal, clock);
        this.clock = clock;
    }

    public void take(Connection c, Actor reviewer, long id) throws SQLException {
        steps.take(c, reviewer, id, locked(c, reviewer, id).status());
    }

    public void cancel(Connection c, Actor reviewer, long id) throws SQLException {
        ProductApplication pa = locked(c, reviewer, id);
        steps.cancel(c, reviewer, id, pa.status(), pa.reviewerIin());
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
        SignedBy signed = completion.complete(prepared(c, reviewer, pa, decision));
        steps.record(c, reviewer, id, decision, signed);
        products.lock(c, pa.productId());
        products.setStatus(
                c,
                pa.productId(),
                decision.approve() ? ProductStatus.APPROVED : ProductStatus.REJECTED,
                clock.instant());
    }

    private ProductApplication locked(Connection c, Actor reviewer, long id) throws SQLException {
        ProductApplication pa = applications.lockProduct(c, id);
        ReviewChecks.sameUkzisp(reviewer, pa.ukzispBin(), "product application", id);
        return pa;
    }

    private Prepared prepared(Connection c, Actor reviewer, ProductApplication pa, Decision decision)
            throws SQLException {
        Map<String, Object> signedDecision = steps.signedDecision(c, reviewer, pa.status(), pa.reviewerIin(), decision);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("productApplicationId", pa.id());
        payload.put("productId", pa.productId());
        payload.put("supplierBin", pa.supplierBin());
        payload.put("productSnapshotSha256", Sha256.hex(pa.productSnapshot()));
        payload.putAll(signedDecision);
        return new Prepared(DECISION_ACTION, OBJECT, Long.toString(pa.id()), pa.version(), payload)
                .document("TSR_PRODUCT_APPLICATION_DECISION", Long.toString(pa.id()));
    }
}

package kz.qoltanba.portal.social.review;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qoltanba.portal.social.Actor;
import kz.qoltanba.portal.social.FileStore;
import kz.qoltanba.portal.social.Journal;
import kz.qoltanba.portal.social.Prepared;
import kz.qoltanba.portal.social.RuleViolation;
import kz.qoltanba.portal.social.SignatureCompletion;
import kz.qoltanba.portal.social.SignedBy;
import kz.qoltanba.portal.social.application.ApplicationStatus;
import kz.qoltanba.portal.social.application.Applications;
import kz.qoltanba.portal.social.application.Kind;
import kz.qoltanba.portal.social.application.ProductApplication;
import kz.qoltanba.portal.social.application.RegistryApplication;
import kz.qoltanba.portal.social.product.ProductStatus;
import kz.qoltanba.portal.social.product.Products;
import kz.qoltanba.portal.social.supplier.Organisations;

/**
 * The GO's review of registry applications (§3.4): «В работу» (RA7), «Отменить» (RA8), the signed approval
 * (RA9, S-13: a TSR inclusion needs every product application decided and at least one approved, R-GO-09) and
 * refusal (RA10, S-14: undecided product applications are refused with it, PA7). Approval of an inclusion puts
 * the organisation into the registry (R-GO-13).
 */
public final class ApplicationReview {
    public static final String DECISION_ACTION = "social.application.decide";

    private static final String OBJECT = "application";

    private final Applications applications;
    private final Products products;
    private final Organisations organisations;
    private final ReviewSteps steps;
    private final Clock clock;

    public ApplicationReview(
            Applications applications,
            Products products,
            Organisations organisations,
            FileStore files,
            Journal journal,
            Clock clock) {
        this.applications = applications;
        this.products = products;
        this.organisations = organisations;
        this.steps = new ReviewSteps(applications, Applications.Table.REGISTRY, OBJECT, files, journal, clock);
        this.clock = clock;
    }

    public void take(Connection c, Actor reviewer, long id) throws SQLException {
        steps.take(c, reviewer, id, locked(c, reviewer, id).status());
    }

    public void cancel(Connection c, Actor reviewer, long id) throws SQLException {
        RegistryApplication a = locked(c, reviewer, id);
        steps.cancel(c, reviewer, id, a.status(), a.reviewerIin());
    }

    /** The S-13/S-14 payload, after every guard of the decision passed. */
    public Prepared prepare(Connection c, Actor reviewer, long id, Decision decision) throws SQLException {
        RegistryApplication a = locked(c, reviewer, id);
        return prepared(c, reviewer, a, applications.productsOf(c, id), decision);
    }

    public void decide(Connection c, Actor reviewer, long id, Decision decision, SignatureCompletion completion)
            throws SQLException {
        RegistryApplication a = locked(c, reviewer, id);
        List<ProductApplication> filed = applications.productsLockedOf(c, id);
        SignedBy signed = completion.complete(prepared(c, reviewer, a, filed, decision));
        steps.record(c, reviewer, id, decision, signed);
        if (decision.approve() && a.kind() == Kind.INCLUSION) {
            organisations.join(c, a.applicantBin(), a.category().name(), clock.instant());
        }
        if (!decision.approve()) {
            List<String> reasons = ReviewChecks.reasons(decision);
            for (ProductApplication pa : filed) {
                if (pa.status().open()) {
                    applications.decide(
                            c,
                            Applications.Table.PRODUCT,
                            pa.id(),
                            ApplicationStatus.REFUSED,
                            reasons,
                            null,
                            null,
                            clock.instant());
                    products.lock(c, pa.productId());
                    products.setStatus(c, pa.productId(), ProductStatus.REJECTED, clock.instant());
                }
            }
        }
        organisations.bumpVersion(c, a.applicantBin());
    }

    private RegistryApplication locked(Connection c, Actor reviewer, long id) throws SQLException {
        RegistryApplication a = applications.lockRegistry(c, id);
        ReviewChecks.sameUkzisp(reviewer, a.ukzispBin(), "application", id);
        return a;
    }

    private Prepared prepared(
            Connection c, Actor reviewer, RegistryApplication a, List<ProductApplication> filed, Decision decision)
            throws SQLException {
        Map<String, Object> signedDecision = steps.signedDecision(c, reviewer, a.status(), a.reviewerIin(), decision);
        if (decision.approve() && a.kind() == Kind.INCLUSION && !filed.isEmpty()) {
            if (filed.stream().anyMatch(pa -> pa.status().open())) {
                throw new RuleViolation(
                        "social.review.productsUndecided", "Сначала рассмотрите все заявки на товар этого заявления");
            }
            if (filed.stream().noneMatch(pa -> pa.status() == ApplicationStatus.APPROVED)) {
                throw new RuleViolation(
                        "social.review.noApprovedProduct",
                        "Заявление можно одобрить, только если одобрена хотя бы одна заявка на товар");
            }
        }
        List<Map<String, Object>> products = new ArrayList<>();
        for (ProductApplication pa : filed) {
            products.add(Map.of(
                    "productApplicationId", pa.id(), "status", pa.status().name()));
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("applicationId", a.id());
        payload.put("number", a.number());
        payload.put("applicantBin", a.applicantBin());
        payload.put("category", a.category().name());
        payload.put("kind", a.kind().name());
        payload.putAll(signedDecision);
        payload.put("productApplications", products);
        return new Prepared(DECISION_ACTION, OBJECT, Long.toString(a.id()), a.version(), payload)
                .document(a.category().name() + "_REGISTRY_APPLICATION_DECISION", Long.toString(a.number()));
    }
}

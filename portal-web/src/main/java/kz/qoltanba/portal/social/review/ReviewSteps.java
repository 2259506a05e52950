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
import kz.qoltanba.portal.social.SignedBy;
import kz.qoltanba.portal.social.StoredFile;
import kz.qoltanba.portal.social.application.ApplicationStatus;
import kz.qoltanba.portal.social.application.Applications;

/**
 * The steps an application and a product application go through alike: «В работу», «Отменить», the signed part of
 * a decision (decision, reasons, the protocol by name, size and SHA-256) and recording the signed decision with its
 * journal entry. Callers lock the row and check the УКЗиСП first.
 */
final class ReviewSteps {
    private final Applications applications;
    private final Applications.Table table;
    private final String objectType;
    private final ReviewChecks checks;
    private final Journal journal;
    private final Clock clock;

    ReviewSteps(
            Applications applications,
            Applications.Table table,
            String objectType,
            FileStore files,
            Journal journal,
            Clock clock) {
        this.applications = applications;
        this.table = table;
        this.objectType = objectType;
        this.checks = new ReviewChecks(files);
        this.journal = journal;
        this.clock = clock;
    }

    void take(Connection c, Actor reviewer, long id, ApplicationStatus status) throws SQLException {
        ReviewChecks.takeable(status);
        applications.take(c, table, id, reviewer.iin(), reviewer.displayName(), clock.instant());
        journal.record(c, reviewer, "social.review.take", objectType, Long.toString(id), null);
    }

    void cancel(Connection c, Actor reviewer, long id, ApplicationStatus status, String reviewerIin)
            throws SQLException {
        ReviewChecks.mine(reviewer, status, reviewerIin);
        applications.release(c, table, id);
        journal.record(c, reviewer, "social.review.cancel", objectType, Long.toString(id), null);
    }

    /**
     * The decision's guards shared by both kinds (taken by this reviewer, reasons for a refusal, a PDF protocol of
     * the reviewer's УКЗиСП) and what of it is signed.
     */
    Map<String, Object> signedDecision(
            Connection c, Actor reviewer, ApplicationStatus status, String reviewerIin, Decision decision)
            throws SQLException {
        ReviewChecks.mine(reviewer, status, reviewerIin);
        StoredFile protocol = checks.decision(c, reviewer, decision);
        Map<String, Object> signed = new LinkedHashMap<>();
        signed.put("decision", decision.approve() ? "APPROVED" : "REFUSED");
        signed.put("reasons", decision.approve() ? List.of() : ReviewChecks.reasons(decision));
        signed.put("protocol", Map.of("name", protocol.name(), "size", protocol.size(), "sha256", protocol.sha256()));
        return signed;
    }

    /** The item decided: status, reasons, protocol and the signed document stored, and the journal entry. */
    void record(Connection c, Actor reviewer, long id, Decision decision, SignedBy signed) throws SQLException {
        applications.decide(
                c,
                table,
                id,
                decision.approve() ? ApplicationStatus.APPROVED : ApplicationStatus.REFUSED,
                decision.approve() ? List.of() : ReviewChecks.reasons(decision),
                decision.protocolFileId(),
                signed.documentId(),
                clock.instant());
        journal.record(
                c,
                reviewer,
                decision.approve() ? "social.review.approve" : "social.review.refuse",
                objectType,
                Long.toString(id),
                "signed document " + signed.documentId());
    }
}

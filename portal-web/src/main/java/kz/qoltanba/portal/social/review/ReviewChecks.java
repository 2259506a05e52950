package kz.qoltanba.portal.social.review;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import kz.qoltanba.portal.social.Actor;
import kz.qoltanba.portal.social.FileStore;
import kz.qoltanba.portal.social.NotFound;
import kz.qoltanba.portal.social.RuleViolation;
import kz.qoltanba.portal.social.StoredFile;
import kz.qoltanba.portal.social.application.ApplicationStatus;

/** Rules shared by both kinds of review item (R-GO-01, 02, 06–08, 14). */
final class ReviewChecks {
    private final FileStore files;

    ReviewChecks(FileStore files) {
        this.files = files;
    }

    /** Items of another УКЗиСП do not exist for this reviewer (R-GO-01). */
    static void sameUkzisp(Actor reviewer, String ukzispBin, String type, long id) {
        if (!reviewer.bin().equals(ukzispBin)) {
            throw new NotFound(type, id);
        }
    }

    static void takeable(ApplicationStatus status) {
        if (status != ApplicationStatus.NEW) {
            throw new RuleViolation(
                    "social.review.notNew",
                    "Заявление уже взято в работу или рассмотрено (статус «" + status.label("ru") + "»)",
                    status);
        }
    }

    /** Only the reviewer who took the item decides or cancels it, and only while it is under review. */
    static void mine(Actor reviewer, ApplicationStatus status, String reviewerIin) {
        if (status != ApplicationStatus.UNDER_REVIEW) {
            throw new RuleViolation(
                    "social.review.notUnderReview",
                    "Заявление не на рассмотрении (статус «" + status.label("ru") + "»)",
                    status);
        }
        if (!reviewer.iin().equals(reviewerIin)) {
            throw new RuleViolation("social.review.notMine", "Заявление рассматривает другой сотрудник");
        }
    }

    /** The decision is complete: a PDF protocol of the reviewer's УКЗиСП; reasons for a refusal. */
    StoredFile decision(Connection c, Actor reviewer, Decision decision) throws SQLException {
        if (!decision.approve()) {
            List<String> reasons = decision.reasons().stream()
                    .filter(r -> r != null && !r.isBlank())
                    .toList();
            if (reasons.isEmpty()) {
                throw new RuleViolation("social.review.reasonRequired", "Укажите причину отказа");
            }
        }
        if (decision.protocolFileId() == null) {
            throw new RuleViolation("social.review.protocolRequired", "Приложите протокол решения комиссии (PDF)");
        }
        StoredFile protocol = files.owned(c, decision.protocolFileId(), FileStore.ukzispOwner(reviewer.bin()));
        if (!"application/pdf".equals(protocol.contentType())) {
            throw new RuleViolation("social.file.type.pdf", "Протокол должен быть в формате PDF", protocol.name());
        }
        return protocol;
    }

    static List<String> reasons(Decision decision) {
        return decision.reasons().stream()
                .filter(r -> r != null && !r.isBlank())
                .map(String::strip)
                .toList();
    }
}

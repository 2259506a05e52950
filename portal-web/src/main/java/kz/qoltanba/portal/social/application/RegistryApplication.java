package kz.qoltanba.portal.social.application;

import java.time.Instant;
import java.util.List;

/** A registry application («Заявление»); {@code version} guards concurrent decisions. */
public record RegistryApplication(
        long id,
        long number,
        Category category,
        Kind kind,
        String applicantBin,
        String applicantName,
        String ukzispBin,
        ApplicationStatus status,
        String reviewerIin,
        String reviewerName,
        Instant submittedAt,
        Instant decidedAt,
        List<String> refusalReasons,
        Long protocolFileId,
        long submitDocumentId,
        Long decisionDocumentId,
        long version) {}

package kz.qoltanba.portal.social.application;

import java.time.Instant;
import java.util.List;

/**
 * A product application («заявка на товар»): one product's frozen snapshot for the GO, filed with an inclusion
 * application ({@code registryApplicationId}) or alone by a registry member (null).
 */
public record ProductApplication(
        long id,
        long productId,
        String supplierBin,
        Long registryApplicationId,
        String ukzispBin,
        String productSnapshot,
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

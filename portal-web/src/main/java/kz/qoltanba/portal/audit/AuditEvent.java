package kz.qoltanba.portal.audit;

import java.time.Instant;

/** One journal entry; the actor fields are null for actions of the system or an anonymous visitor. */
public record AuditEvent(
        long id,
        Instant at,
        String actorArea,
        Long actorAccountId,
        String actorName,
        String actorIin,
        String actorBin,
        String action,
        String objectType,
        String objectId,
        String details) {}

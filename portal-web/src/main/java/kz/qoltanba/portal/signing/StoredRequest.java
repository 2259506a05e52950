package kz.qoltanba.portal.signing;

import java.time.Instant;
import java.util.UUID;

/** A sign request as stored: the exact bytes issued and what they are bound to. */
record StoredRequest(
        UUID id,
        String sessionId,
        SignedAction action,
        String format,
        byte[] content,
        Instant createdAt,
        Instant expiresAt,
        Instant usedAt) {}

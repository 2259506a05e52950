package kz.qoltanba.portal.web;

import java.time.Instant;
import kz.qoltanba.portal.i18n.Lang;

/**
 * A stored session: its id (the SHA-256 of the cookie token), CSRF token, language and principal (both nullable),
 * and the {@code signed_document} its certificate login stored (null without one).
 */
record SessionRecord(
        String id,
        String csrfToken,
        Lang lang,
        Principal principal,
        Long loginDocumentId,
        Instant createdAt,
        Instant lastSeenAt) {
    SessionRecord withLang(Lang newLang) {
        return new SessionRecord(id, csrfToken, newLang, principal, loginDocumentId, createdAt, lastSeenAt);
    }
}

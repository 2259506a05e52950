package kz.qoltanba.portal.web;

import java.time.Instant;
import kz.qoltanba.portal.i18n.Lang;

/** A stored session: its id (the SHA-256 of the cookie token), CSRF token, language and principal (both nullable). */
record SessionRecord(
        String id, String csrfToken, Lang lang, Principal principal, Instant createdAt, Instant lastSeenAt) {
    SessionRecord withLang(Lang newLang) {
        return new SessionRecord(id, csrfToken, newLang, principal, createdAt, lastSeenAt);
    }
}

package kz.qoltanba.portal.signing;

import java.time.Instant;
import java.util.UUID;

/**
 * A sign request as the page receives it.
 *
 * @param format {@code "xml"} or {@code "cms"}
 * @param data the XML text, or the base64 of the envelope bytes to sign into an attached CMS
 */
public record IssuedRequest(UUID id, String format, String data, Instant expiresAt) {}

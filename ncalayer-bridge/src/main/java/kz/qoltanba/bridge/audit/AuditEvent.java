package kz.qoltanba.bridge.audit;

import java.time.Instant;

/**
 * One audited event: never the data, a signature value or a password.
 *
 * @param origin the page origin (verified, or the refused raw value)
 * @param connectionId the socket the event belongs to, or null when none
 * @param module the module name, or null for an upgrade attempt
 * @param method the method or type, or null
 * @param format what was signed (e.g. {@code CMS}, {@code XML}), or null when nothing was signed
 * @param outcome what happened, e.g. {@code answered}, {@code signed}, {@code cancelled},
 *     {@code refused: origin not allowed}
 * @param certificateSerial the serial (hex) of the certificate used, or null
 */
public record AuditEvent(
        Instant time,
        String origin,
        String connectionId,
        String module,
        String method,
        String format,
        String outcome,
        String certificateSerial) {

    /** An event that belongs to no socket and signed nothing. */
    public AuditEvent(
            Instant time, String origin, String module, String method, String outcome, String certificateSerial) {
        this(time, origin, null, module, method, null, outcome, certificateSerial);
    }
}

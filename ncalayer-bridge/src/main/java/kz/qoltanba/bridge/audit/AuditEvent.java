package kz.qoltanba.bridge.audit;

import java.time.Instant;

/**
 * One audited event: never the data, a signature value or a password.
 *
 * @param origin the page origin (verified, or the refused raw value)
 * @param module the module name, or null for an upgrade attempt
 * @param method the method or type, or null
 * @param outcome what happened, e.g. {@code answered}, {@code refused: origin not allowed}
 * @param certificateSerial the serial (hex) of the certificate used, or null
 */
public record AuditEvent(
        Instant time, String origin, String module, String method, String outcome, String certificateSerial) {}

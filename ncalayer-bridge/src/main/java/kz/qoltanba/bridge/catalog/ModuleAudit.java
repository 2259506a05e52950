package kz.qoltanba.bridge.catalog;

import java.time.Clock;
import kz.qoltanba.bridge.audit.AuditEvent;
import kz.qoltanba.bridge.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes module installations and refusals to the audit log (origin {@code (module manager)}) and the log. */
final class ModuleAudit {
    static final String ORIGIN = "(module manager)";
    private static final Logger LOG = LoggerFactory.getLogger(ModuleAudit.class);

    private final AuditLog audit;
    private final Clock clock;

    ModuleAudit(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    void done(String subject, String action, String outcome) {
        LOG.info("{} {}: {}", action, subject, outcome);
        audit.record(new AuditEvent(clock.instant(), ORIGIN, subject, action, outcome, null));
    }

    void refused(String subject, String action, String reason) {
        LOG.warn("Refused to {} {}: {}", action, subject, reason);
        audit.record(new AuditEvent(clock.instant(), ORIGIN, subject, action, "refused: " + reason, null));
    }
}

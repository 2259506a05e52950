package kz.qoltanba.bridge.audit;

/** Where audited events go; the default appends JSON lines to {@code <home>/logs/audit.log}. */
@FunctionalInterface
public interface AuditLog {
    void record(AuditEvent event);
}

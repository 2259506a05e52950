package kz.qoltanba.bridge.ws;

import java.time.Clock;
import java.util.concurrent.Executor;
import kz.qoltanba.bridge.audit.AuditLog;
import kz.qoltanba.bridge.origin.ConsentPrompt;
import kz.qoltanba.bridge.tls.TlsCredentials;

/**
 * What the WebSocket server is built from besides its configuration.
 *
 * @param moduleExecutor runs module calls, so a module that blocks never holds a network thread
 * @param version the bridge's version for the greeting and the status page
 */
public record ServerParts(
        ModuleDirectory modules,
        ConsentPrompt consentPrompt,
        AuditLog auditLog,
        TlsCredentials tls,
        Executor moduleExecutor,
        Clock clock,
        String version) {}

package kz.qoltanba.bridge.ws;

import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import kz.qoltanba.bridge.audit.AuditLog;
import kz.qoltanba.bridge.origin.Connections;
import kz.qoltanba.bridge.origin.ConsentPrompt;
import kz.qoltanba.bridge.tls.TlsCredentials;
import org.eclipse.jetty.server.Handler;

/**
 * What the WebSocket server is built from besides its configuration.
 *
 * @param moduleExecutor runs module calls, so a module that blocks never holds a network thread
 * @param version the bridge's version for the greeting and the status page
 * @param httpHandlers wraps the plain HTTP handlers (status page) with more, e.g. the unattended control
 *     endpoint; identity when there are none
 * @param connections where the open sockets and their verified origins are registered for the host
 */
public record ServerParts(
        ModuleDirectory modules,
        ConsentPrompt consentPrompt,
        AuditLog auditLog,
        TlsCredentials tls,
        Executor moduleExecutor,
        Clock clock,
        String version,
        UnaryOperator<Handler> httpHandlers,
        Connections connections) {

    /** Parts whose open sockets no one else needs to look up. */
    public ServerParts(
            ModuleDirectory modules,
            ConsentPrompt consentPrompt,
            AuditLog auditLog,
            TlsCredentials tls,
            Executor moduleExecutor,
            Clock clock,
            String version,
            UnaryOperator<Handler> httpHandlers) {
        this(modules, consentPrompt, auditLog, tls, moduleExecutor, clock, version, httpHandlers, new Connections());
    }

    public ServerParts(
            ModuleDirectory modules,
            ConsentPrompt consentPrompt,
            AuditLog auditLog,
            TlsCredentials tls,
            Executor moduleExecutor,
            Clock clock,
            String version) {
        this(modules, consentPrompt, auditLog, tls, moduleExecutor, clock, version, UnaryOperator.identity());
    }
}

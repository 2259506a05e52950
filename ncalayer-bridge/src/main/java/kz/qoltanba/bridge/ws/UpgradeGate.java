package kz.qoltanba.bridge.ws;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import kz.qoltanba.bridge.audit.AuditEvent;
import kz.qoltanba.bridge.audit.AuditLog;
import kz.qoltanba.bridge.origin.ConsentPrompt;
import kz.qoltanba.bridge.origin.Origin;
import kz.qoltanba.bridge.origin.OriginDecision;
import kz.qoltanba.bridge.origin.OriginPolicy;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.server.ServerUpgradeResponse;
import org.eclipse.jetty.websocket.server.WebSocketCreator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the origin table at the upgrade: 403 and an audit line for a refused page, else a new endpoint. No
 * WebSocket extension is accepted: browsers offer {@code permessage-deflate}, and compressing every frame on a
 * loopback socket costs both ends CPU (a signed document's answer is mostly base64, which hardly compresses) for
 * no gain in transfer time.
 */
final class UpgradeGate implements WebSocketCreator {
    private static final Logger LOG = LoggerFactory.getLogger(UpgradeGate.class);

    private final OriginPolicy policy;
    private final ConsentQuestions consentQuestions;
    private final RequestDispatcher dispatcher;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Executor executor;
    private final int queueLimit;
    private final String greeting;
    private final AtomicLong connections = new AtomicLong();

    UpgradeGate(
            OriginPolicy policy,
            ConsentPrompt consentPrompt,
            RequestDispatcher dispatcher,
            AuditLog auditLog,
            Clock clock,
            Executor executor,
            int queueLimit,
            String greeting) {
        this.policy = policy;
        this.consentQuestions = new ConsentQuestions(consentPrompt, policy);
        this.dispatcher = dispatcher;
        this.auditLog = auditLog;
        this.clock = clock;
        this.executor = executor;
        this.queueLimit = queueLimit;
        this.greeting = greeting;
    }

    @Override
    public Object createWebSocket(ServerUpgradeRequest request, ServerUpgradeResponse response, Callback callback) {
        String unverifiedOrigin = request.getHeaders().get(HttpHeader.ORIGIN);
        OriginDecision decision = policy.decide(unverifiedOrigin);
        if (decision == OriginDecision.REFUSE) {
            String shown = unverifiedOrigin == null ? "(no Origin header)" : unverifiedOrigin;
            auditLog.record(new AuditEvent(clock.instant(), shown, null, null, "refused: origin not allowed", null));
            LOG.warn("Refused a socket from origin {}", shown.replaceAll("[^\\x20-\\x7e]", "?"));
            Response.writeError(request, response, callback, HttpStatus.FORBIDDEN_403, "Origin not allowed");
            return null;
        }
        Origin origin = Origin.parse(unverifiedOrigin).orElseThrow();
        ConsentGate consent = decision == OriginDecision.ACCEPT
                ? ConsentGate.open(origin)
                : ConsentGate.askFirst(origin, consentQuestions);
        response.setExtensions(List.of());
        String connectionId = "c" + connections.incrementAndGet();
        return new BridgeEndpoint(dispatcher, greeting, origin.toString(), connectionId, consent, executor, queueLimit);
    }
}

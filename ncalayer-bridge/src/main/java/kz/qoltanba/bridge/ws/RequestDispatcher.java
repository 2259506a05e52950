package kz.qoltanba.bridge.ws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import kz.qoltanba.bridge.audit.AuditEvent;
import kz.qoltanba.bridge.audit.AuditLog;
import kz.qoltanba.bridge.origin.Connections;
import kz.qoltanba.bridge.protocol.AnswerOutcome;
import kz.qoltanba.bridge.protocol.ArgumentShape;
import kz.qoltanba.bridge.protocol.Correlation;
import kz.qoltanba.bridge.protocol.ErrorCode;
import kz.qoltanba.bridge.protocol.ErrorMapper;
import kz.qoltanba.bridge.protocol.FrameParser;
import kz.qoltanba.bridge.protocol.IncomingFrame;
import kz.qoltanba.bridge.spi.ModuleRequest;
import kz.qoltanba.bridge.spi.NcaModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns each text frame of a socket into its answer: heartbeat echo, protocol errors, or a module call. */
final class RequestDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(RequestDispatcher.class);

    private final ModuleDirectory modules;
    private final AuditLog auditLog;
    private final Connections connections;
    private final Clock clock;
    private final FrameParser parser = new FrameParser();
    private final ErrorMapper errors = new ErrorMapper();
    private final Correlation correlation = new Correlation();
    private final ArgumentShape argumentShape = new ArgumentShape();
    private final AnswerOutcome outcomes = new AnswerOutcome();

    RequestDispatcher(ModuleDirectory modules, AuditLog auditLog, Connections connections, Clock clock) {
        this.modules = modules;
        this.auditLog = auditLog;
        this.connections = connections;
        this.clock = clock;
    }

    /** What one socket needs to be served. */
    record Socket(String origin, String connectionId, ConsentGate consent, Conversation conversation) {}

    /** Handles one frame; heartbeats are echoed at once, everything else is answered in turn. */
    void dispatch(Socket socket, String text, java.util.function.Consumer<String> sendNow) {
        IncomingFrame frame = parser.parse(text);
        if (frame instanceof IncomingFrame.Heartbeat) {
            sendNow.accept(FrameParser.HEARTBEAT);
        } else if (frame instanceof IncomingFrame.Malformed malformed) {
            socket.conversation().answer(parser.write(errors.badRequest(malformed.problem())));
        } else if (frame instanceof IncomingFrame.Legacy legacy) {
            audit(socket, null, null, "refused: legacy API");
            ObjectNode answer = correlation.echo(legacy.unverifiedRequest(), null, errors.legacyApiDisabled());
            socket.conversation().answer(parser.write(answer));
        } else if (frame instanceof IncomingFrame.ModuleCall call) {
            route(socket, call, text);
        }
    }

    /** The socket is open: its verified origin is known to the host from now on. */
    void opened(Socket socket) {
        connections.opened(socket.connectionId(), socket.origin());
    }

    /** The socket closed: its waiting requests are dropped and the modules are told. */
    void closed(Socket socket) {
        connections.closed(socket.connectionId());
        socket.conversation().close();
        modules.connectionClosed(socket.connectionId());
    }

    /** Binary frames are not part of the protocol: a module-neutral {@code BAD_REQUEST}, in turn. */
    void rejectBinary(Socket socket) {
        socket.conversation().answer(parser.write(errors.badRequest("Binary frames are not part of the protocol.")));
    }

    private void route(Socket socket, IncomingFrame.ModuleCall call, String text) {
        Optional<NcaModule> module = modules.find(call.module());
        if (module.isEmpty()) {
            audit(socket, call.module(), call.methodForAudit(), "module not found");
            socket.conversation().answer(hostAnswer(call, errors.moduleNotFound()));
            return;
        }
        boolean filled = argumentShape.fillMissingArgs(call.module(), call.unverifiedRequest());
        Optional<ObjectNode> wrongArguments = argumentShape.check(call.module(), call.unverifiedRequest());
        if (wrongArguments.isPresent()) {
            audit(socket, call.module(), call.methodForAudit(), "argument type mismatch");
            socket.conversation().answer(hostAnswer(call, wrongArguments.get()));
            return;
        }
        String request = filled ? parser.write(call.unverifiedRequest()) : text;
        String busy = hostAnswer(call, errors.forModule(call.module(), ErrorCode.BUSY));
        boolean queued = socket.conversation().submit(() -> serve(socket, module.get(), call, request), busy);
        if (!queued) {
            audit(socket, call.module(), call.methodForAudit(), "busy");
        }
    }

    private CompletionStage<String> serve(Socket socket, NcaModule module, IncomingFrame.ModuleCall call, String text) {
        return socket.consent().allowed().thenCompose(allowed -> {
            if (!allowed) {
                audit(socket, call.module(), call.methodForAudit(), "refused: origin denied by the user");
                return CompletableFuture.completedFuture(
                        hostAnswer(call, errors.forModule(call.module(), ErrorCode.ORIGIN_DENIED)));
            }
            return callModule(socket, module, call, text);
        });
    }

    private CompletionStage<String> callModule(
            Socket socket, NcaModule module, IncomingFrame.ModuleCall call, String text) {
        CompletionStage<String> stage;
        connections.calling(socket.connectionId(), call.module(), call.methodForAudit());
        try {
            stage = module.handle(new ModuleRequest(text, socket.origin(), socket.connectionId()));
        } catch (RuntimeException e) {
            stage = CompletableFuture.failedFuture(e);
        }
        if (stage == null) {
            stage = CompletableFuture.failedFuture(new IllegalStateException("the module answered nothing"));
        }
        return stage.handle((answer, failure) -> {
            connections.answered(socket.connectionId());
            if (failure != null || answer == null) {
                LOG.warn("Module {} failed to answer", call.module(), failure);
                String form = hostAnswer(call, errors.forFailure(call.module(), failure));
                String outcome = outcomes.of(call.module(), form);
                audit(
                        socket,
                        call.module(),
                        call.methodForAudit(),
                        outcome.equals(AnswerOutcome.ANSWERED) ? "failed" : outcome);
                return form;
            }
            audit(socket, call.module(), call.methodForAudit(), outcomes.of(call.module(), answer));
            return correlation.echo(call.unverifiedRequest(), call.module(), answer);
        });
    }

    private String hostAnswer(IncomingFrame.ModuleCall call, ObjectNode answer) {
        return parser.write(correlation.echo(call.unverifiedRequest(), call.module(), answer));
    }

    private void audit(Socket socket, String module, String method, String outcome) {
        auditLog.record(new AuditEvent(
                clock.instant(), socket.origin(), socket.connectionId(), module, method, null, outcome, null));
    }
}

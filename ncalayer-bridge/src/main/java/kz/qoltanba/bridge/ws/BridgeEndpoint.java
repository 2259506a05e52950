package kz.qoltanba.bridge.ws;

import java.nio.ByteBuffer;
import java.util.concurrent.Executor;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One page's socket: sends the greeting, then hands every text frame to the dispatcher. Public only because
 * Jetty binds listener methods through a public method lookup; it is constructed inside this package.
 */
public final class BridgeEndpoint implements Session.Listener.AutoDemanding {
    private static final Logger LOG = LoggerFactory.getLogger(BridgeEndpoint.class);

    private final RequestDispatcher dispatcher;
    private final String greeting;
    private final String origin;
    private final String connectionId;
    private final ConsentGate consent;
    private final Executor executor;
    private final int queueLimit;
    private volatile Session session;
    private volatile RequestDispatcher.Socket socket;

    BridgeEndpoint(
            RequestDispatcher dispatcher,
            String greeting,
            String origin,
            String connectionId,
            ConsentGate consent,
            Executor executor,
            int queueLimit) {
        this.dispatcher = dispatcher;
        this.greeting = greeting;
        this.origin = origin;
        this.connectionId = connectionId;
        this.consent = consent;
        this.executor = executor;
        this.queueLimit = queueLimit;
    }

    @Override
    public void onWebSocketOpen(Session openedSession) {
        this.session = openedSession;
        Conversation conversation = new Conversation(this::send, executor, queueLimit);
        this.socket = new RequestDispatcher.Socket(origin, connectionId, consent, conversation);
        dispatcher.opened(socket);
        send(greeting);
    }

    @Override
    public void onWebSocketText(String text) {
        dispatcher.dispatch(socket, text, this::send);
    }

    @Override
    public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
        callback.succeed();
        dispatcher.rejectBinary(socket);
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        RequestDispatcher.Socket current = socket;
        if (current != null) {
            dispatcher.closed(current);
        }
        LOG.debug("Socket {} closed with {}", connectionId, statusCode);
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        LOG.debug("Socket {} failed: {}", connectionId, cause.toString());
    }

    private void send(String text) {
        Session current = session;
        if (current != null && current.isOpen()) {
            current.sendText(text, Callback.NOOP);
        }
    }
}

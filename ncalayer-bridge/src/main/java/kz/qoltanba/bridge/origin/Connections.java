package kz.qoltanba.bridge.origin;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open sockets, each with the origin verified at its upgrade and the module call it is serving now. The
 * host resolves a module's request by its connection id here, so the origin it shows and audits is the verified
 * one, never what a module wrote into its request. Thread-safe.
 */
public final class Connections {
    /** The module call a socket is serving (a socket serves one at a time). */
    public record Call(String module, String method) {}

    private record Socket(String origin, Call call) {}

    private final Map<String, Socket> open = new ConcurrentHashMap<>();

    /** A socket was accepted for {@code verifiedOrigin}. */
    public void opened(String connectionId, String verifiedOrigin) {
        open.put(connectionId, new Socket(verifiedOrigin, null));
    }

    public void closed(String connectionId) {
        open.remove(connectionId);
    }

    /** The socket starts serving a module call. */
    public void calling(String connectionId, String module, String method) {
        open.computeIfPresent(connectionId, (id, socket) -> new Socket(socket.origin(), new Call(module, method)));
    }

    /** The socket's module call is answered. */
    public void answered(String connectionId) {
        open.computeIfPresent(connectionId, (id, socket) -> new Socket(socket.origin(), null));
    }

    /** The origin verified for the socket; empty for an unknown or closed connection. */
    public Optional<String> verifiedOrigin(String connectionId) {
        return connectionId == null
                ? Optional.empty()
                : Optional.ofNullable(open.get(connectionId)).map(Socket::origin);
    }

    /** The module call the socket is serving; empty when none or unknown. */
    public Optional<Call> currentCall(String connectionId) {
        return connectionId == null
                ? Optional.empty()
                : Optional.ofNullable(open.get(connectionId)).map(Socket::call);
    }
}

package kz.qoltanba.bridge.spi;

import java.util.Objects;

/**
 * One request routed to a module.
 *
 * @param json the request frame as received (a JSON object with a string {@code module})
 * @param origin the verified page origin in normal form, e.g. {@code https://goszakup.gov.kz}
 * @param connectionId identifies the socket, for state a module keeps per socket (a chosen file); stable for
 *     the socket's life and never reused while the host runs
 */
public record ModuleRequest(String json, String origin, String connectionId) {
    public ModuleRequest {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(connectionId, "connectionId");
    }

    @Override
    public String toString() {
        return "ModuleRequest[origin=" + origin + ", connection=" + connectionId + "]";
    }
}

package kz.qoltanba.bridge.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** What a text frame from a page turned out to be. */
public sealed interface IncomingFrame {
    /** Exactly {@code --heartbeat--}: echoed unchanged. */
    record Heartbeat() implements IncomingFrame {}

    /** Not a request the protocol knows; answered with the module-neutral {@code BAD_REQUEST}. */
    record Malformed(String problem) implements IncomingFrame {}

    /** A JSON object without {@code module}: the switched-off applet API. */
    record Legacy(ObjectNode unverifiedRequest) implements IncomingFrame {}

    /** A JSON object naming a module. */
    record ModuleCall(String module, ObjectNode unverifiedRequest) implements IncomingFrame {
        /** The request's {@code method} (or NURSign's {@code type}) for the audit log; null when absent. */
        public String methodForAudit() {
            var method = unverifiedRequest.get(unverifiedRequest.has("method") ? "method" : "type");
            return method != null && method.isTextual() ? method.asText() : null;
        }
    }
}

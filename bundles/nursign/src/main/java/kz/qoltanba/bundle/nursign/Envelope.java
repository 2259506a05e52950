package kz.qoltanba.bundle.nursign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The module's two answer forms: {@code {"result":…,"errorCode":"NONE"}} and the numbered error. */
final class Envelope {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Envelope() {}

    static String success(JsonNode result) {
        ObjectNode envelope = JSON.objectNode();
        envelope.set("result", result);
        envelope.put("errorCode", "NONE");
        return envelope.toString();
    }

    static String failure(NursignException e) {
        ObjectNode envelope = JSON.objectNode();
        envelope.putNull("result");
        envelope.put("errorCode", e.code().number());
        envelope.put("message", e.getMessage());
        return envelope.toString();
    }
}

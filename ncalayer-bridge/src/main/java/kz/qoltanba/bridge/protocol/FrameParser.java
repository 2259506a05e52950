package kz.qoltanba.bridge.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Classifies a text frame: heartbeat, malformed, legacy API or a module call. */
public final class FrameParser {
    /** The heartbeat frame, echoed unchanged. */
    public static final String HEARTBEAT = "--heartbeat--";

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    public IncomingFrame parse(String text) {
        if (HEARTBEAT.equals(text)) {
            return new IncomingFrame.Heartbeat();
        }
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            return new IncomingFrame.Malformed("The frame is not valid JSON.");
        }
        if (root == null || !root.isObject()) {
            return new IncomingFrame.Malformed("The frame is not a JSON object.");
        }
        ObjectNode request = (ObjectNode) root;
        JsonNode module = request.get("module");
        if (module == null) {
            return new IncomingFrame.Legacy(request);
        }
        if (!module.isTextual()) {
            return new IncomingFrame.Malformed("The field 'module' must be a string.");
        }
        return new IncomingFrame.ModuleCall(module.asText(), request);
    }

    /** Writes a response node as frame text. */
    public String write(JsonNode response) {
        try {
            return mapper.writeValueAsString(response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree could not be written", e);
        }
    }
}

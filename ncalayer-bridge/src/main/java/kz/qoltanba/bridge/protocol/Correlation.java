package kz.qoltanba.bridge.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Echoes a request's top-level {@code uuid} and {@code id} into its response, for every module except the
 * accessory module's flat {@code getBundles} map.
 */
public final class Correlation {
    private static final List<String> FIELDS = List.of("uuid", "id");

    private final ObjectMapper mapper = new ObjectMapper();

    /** Adds the echo fields to a response given as JSON text; text that is not an object is returned as is. */
    public String echo(ObjectNode request, String module, String responseText) {
        if (!needsEcho(request, module)) {
            return responseText;
        }
        try {
            JsonNode response = mapper.readTree(responseText);
            if (response == null || !response.isObject()) {
                return responseText;
            }
            copyFields(request, (ObjectNode) response);
            return mapper.writeValueAsString(response);
        } catch (JsonProcessingException e) {
            return responseText;
        }
    }

    /** Adds the echo fields to a response tree built by the host. */
    public ObjectNode echo(ObjectNode request, String module, ObjectNode response) {
        if (needsEcho(request, module)) {
            copyFields(request, response);
        }
        return response;
    }

    private static boolean needsEcho(ObjectNode request, String module) {
        boolean any = FIELDS.stream().anyMatch(request::has);
        boolean flatBundles = ModuleNames.ACCESSORY.equals(module)
                && "getBundles".equals(request.path("method").asText(null));
        return any && !flatBundles;
    }

    private static void copyFields(ObjectNode request, ObjectNode response) {
        for (String field : FIELDS) {
            if (request.has(field)) {
                response.set(field, request.get(field).deepCopy());
            }
        }
    }
}

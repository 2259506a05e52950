package kz.qoltanba.bridge.modules.commonutils;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import kz.qoltanba.bridge.spi.ModuleRequest;

/**
 * One invocation whose arguments already match the method's parameter types.
 *
 * @param request the request as routed by the host (origin, connection)
 * @param args the positional arguments
 */
record Call(ModuleRequest request, JsonNode args) {
    String string(int index) {
        return args.get(index).asText();
    }

    boolean bool(int index) {
        return args.get(index).asBoolean();
    }

    List<String> strings(int index) {
        List<String> values = new ArrayList<>();
        args.get(index).forEach(element -> values.add(element.asText()));
        return values;
    }

    String origin() {
        return request.origin();
    }

    String connectionId() {
        return request.connectionId();
    }
}

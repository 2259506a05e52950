package kz.qoltanba.bundle.nursign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** {@code text} (one string) and {@code multitext} (an object of id → text, one key choice): attached CAdES-T. */
final class TextTypes {
    private TextTypes() {}

    static RequestType single(ModuleSigner signer) {
        return call -> {
            byte[] text = call.text("data").getBytes(StandardCharsets.UTF_8);
            return signer.signCms(call, List.of(text))
                    .thenApply(cms -> TextNode.valueOf(Base64.getEncoder().encodeToString(cms.get(0))));
        };
    }

    static RequestType multiple(ModuleSigner signer) {
        return call -> {
            JsonNode data = call.request().get("data");
            if (data == null || !data.isObject() || data.isEmpty()) {
                throw NursignException.badRequest("The field 'data' must be a non-empty object of id → text.");
            }
            List<String> ids = new ArrayList<>();
            List<byte[]> texts = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (!entry.getValue().isTextual()) {
                    throw NursignException.badRequest("The value of 'data." + entry.getKey() + "' must be a string.");
                }
                ids.add(entry.getKey());
                texts.add(entry.getValue().asText().getBytes(StandardCharsets.UTF_8));
            }
            return signer.signCms(call, texts).thenApply(cms -> items(ids, cms));
        };
    }

    private static JsonNode items(List<String> ids, List<byte[]> cms) {
        ObjectNode items = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < ids.size(); i++) {
            items.put(ids.get(i), Base64.getEncoder().encodeToString(cms.get(i)));
        }
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.set("items", items);
        return result;
    }
}

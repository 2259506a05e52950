package kz.qoltanba.bundle.nursign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** {@code xml} (one XML string) and {@code multixml} (an array of them, one key choice): enveloped XMLDSig. */
final class XmlTypes {
    private XmlTypes() {}

    static RequestType single(ModuleSigner signer) {
        return call -> {
            String xml = call.text("data");
            return signer.signXml(call, List.of(bytes(xml))).thenApply(signed -> text(signed.get(0)));
        };
    }

    static RequestType multiple(ModuleSigner signer) {
        return call -> {
            JsonNode data = call.request().get("data");
            if (data == null || !data.isArray() || data.isEmpty()) {
                throw NursignException.badRequest("The field 'data' must be a non-empty array of XML strings.");
            }
            List<byte[]> documents = new ArrayList<>();
            for (JsonNode item : data) {
                if (!item.isTextual()) {
                    throw NursignException.badRequest("Every element of 'data' must be an XML string.");
                }
                documents.add(bytes(item.asText()));
            }
            return signer.signXml(call, documents).thenApply(XmlTypes::array);
        };
    }

    private static JsonNode array(List<byte[]> signed) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        signed.forEach(xml -> array.add(text(xml)));
        return array;
    }

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static TextNode text(byte[] xml) {
        return TextNode.valueOf(new String(xml, StandardCharsets.UTF_8));
    }
}

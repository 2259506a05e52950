package kz.qoltanba.bridge.modules.commonutils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * {@code signXmls(storageName, keyType, [xml…], tbsElementXPath, signatureParentElementXPath)}: the signed
 * documents in request order, one key choice for all.
 */
final class SignXmls implements CommonUtilsMethod {
    private final XmlSigning xml;

    SignXmls(XmlSigning xml) {
        this.xml = xml;
    }

    @Override
    public List<ArgType> parameters() {
        return List.of(ArgType.STRING, ArgType.STRING, ArgType.STRING_ARRAY, ArgType.STRING, ArgType.STRING);
    }

    @Override
    public CompletionStage<JsonNode> invoke(Call call) throws CommonUtilsException {
        return xml.sign(call, call.string(0), call.string(1), call.strings(2), call.string(3), call.string(4))
                .thenApply(signed -> {
                    ArrayNode array = JsonNodeFactory.instance.arrayNode();
                    signed.forEach(array::add);
                    return array;
                });
    }
}

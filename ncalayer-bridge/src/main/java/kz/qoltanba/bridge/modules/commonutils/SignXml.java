package kz.qoltanba.bridge.modules.commonutils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * {@code signXml(storageName, keyType, xml, tbsElementXPath, signatureParentElementXPath)}: the XML with an
 * enveloped XMLDSig; empty XPaths sign the whole document and append the signature to the root.
 */
final class SignXml implements CommonUtilsMethod {
    private final XmlSigning xml;

    SignXml(XmlSigning xml) {
        this.xml = xml;
    }

    @Override
    public List<ArgType> parameters() {
        return List.of(ArgType.STRING, ArgType.STRING, ArgType.STRING, ArgType.STRING, ArgType.STRING);
    }

    @Override
    public CompletionStage<JsonNode> invoke(Call call) throws CommonUtilsException {
        return xml.sign(call, call.string(0), call.string(1), List.of(call.string(2)), call.string(3), call.string(4))
                .thenApply(signed -> JsonNodeFactory.instance.textNode(signed.get(0)));
    }
}

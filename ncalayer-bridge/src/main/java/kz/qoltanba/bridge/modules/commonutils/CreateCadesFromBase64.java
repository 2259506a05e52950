package kz.qoltanba.bridge.modules.commonutils;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** {@code createCAdESFromBase64(storageName, keyType, base64Data, attached)}: base64 DER CAdES-BES of the decoded data; a CMS SignedData as data is co-signed. */
final class CreateCadesFromBase64 implements CommonUtilsMethod {
    private final CmsSigning cms;

    CreateCadesFromBase64(CmsSigning cms) {
        this.cms = cms;
    }

    @Override
    public List<ArgType> parameters() {
        return List.of(ArgType.STRING, ArgType.STRING, ArgType.STRING, ArgType.BOOLEAN);
    }

    @Override
    public CompletionStage<JsonNode> invoke(Call call) throws CommonUtilsException {
        return cms.sign(
                call,
                call.string(0),
                call.string(1),
                CmsSigning.base64(call.string(2), "base64Data"),
                call.bool(3),
                false);
    }
}

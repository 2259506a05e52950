package kz.qoltanba.bridge.modules.commonutils;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** {@code createCMSSignatureFromBase64(storageName, keyType, base64Data, attached)}: base64 DER CAdES-T (with an RFC 3161 signature timestamp) of the decoded data. */
final class CreateCmsSignatureFromBase64 implements CommonUtilsMethod {
    private final CmsSigning cms;

    CreateCmsSignatureFromBase64(CmsSigning cms) {
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
                true);
    }
}

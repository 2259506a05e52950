package kz.qoltanba.bridge.modules.commonutils;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * {@code createCAdESFromBase64Hash(storageName, keyType, base64Hash)}: base64 DER detached CMS over a
 * precomputed digest. A digest of neither 32 nor 64 bytes is refused here; the host refuses one whose length
 * does not fit the chosen key's hash.
 */
final class CreateCadesFromBase64Hash implements CommonUtilsMethod {
    private final CmsSigning cms;

    CreateCadesFromBase64Hash(CmsSigning cms) {
        this.cms = cms;
    }

    @Override
    public List<ArgType> parameters() {
        return List.of(ArgType.STRING, ArgType.STRING, ArgType.STRING);
    }

    @Override
    public CompletionStage<JsonNode> invoke(Call call) throws CommonUtilsException {
        return cms.signDigest(call, call.string(0), call.string(1), CmsSigning.base64(call.string(2), "base64Hash"));
    }
}

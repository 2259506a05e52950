package kz.qoltanba.bridge.modules.commonutils;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * {@code createCAdESFromBase64} and {@code createCMSSignatureFromBase64} {@code (storageName, keyType, base64Data,
 * attached)}: base64 DER CMS of the decoded data — CAdES-BES, or CAdES-T with an RFC 3161 signature timestamp; a CMS
 * SignedData given as data is co-signed.
 */
final class CmsFromBase64 implements CommonUtilsMethod {
    private final CmsSigning cms;
    private final boolean timestamp;

    CmsFromBase64(CmsSigning cms, boolean timestamp) {
        this.cms = cms;
        this.timestamp = timestamp;
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
                timestamp);
    }
}

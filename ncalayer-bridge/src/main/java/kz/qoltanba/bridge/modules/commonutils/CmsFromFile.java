package kz.qoltanba.bridge.modules.commonutils;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * {@code createCAdESFromFile} and {@code createCMSSignatureFromFile} {@code (storageName, keyType, filePath,
 * attached)}: base64 DER CMS (CAdES-BES, or CAdES-T with a timestamp) of a file the user chose with
 * showFileChooser on this socket.
 */
final class CmsFromFile implements CommonUtilsMethod {
    private final CmsSigning cms;
    private final boolean timestamp;

    CmsFromFile(CmsSigning cms, boolean timestamp) {
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
                call, call.string(0), call.string(1), cms.chosenFile(call, call.string(2)), call.bool(3), timestamp);
    }
}

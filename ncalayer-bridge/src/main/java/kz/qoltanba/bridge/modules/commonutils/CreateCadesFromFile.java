package kz.qoltanba.bridge.modules.commonutils;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** {@code createCAdESFromFile(storageName, keyType, filePath, attached)}: base64 DER CAdES-BES of a file the user chose with showFileChooser on this socket. */
final class CreateCadesFromFile implements CommonUtilsMethod {
    private final CmsSigning cms;

    CreateCadesFromFile(CmsSigning cms) {
        this.cms = cms;
    }

    @Override
    public List<ArgType> parameters() {
        return List.of(ArgType.STRING, ArgType.STRING, ArgType.STRING, ArgType.BOOLEAN);
    }

    @Override
    public CompletionStage<JsonNode> invoke(Call call) throws CommonUtilsException {
        return cms.sign(
                call, call.string(0), call.string(1), cms.chosenFile(call, call.string(2)), call.bool(3), false);
    }
}

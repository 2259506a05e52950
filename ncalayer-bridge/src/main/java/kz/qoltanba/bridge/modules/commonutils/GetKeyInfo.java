package kz.qoltanba.bridge.modules.commonutils;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.CompletionStage;
import kz.qoltanba.bridge.spi.HostSigning;

/** {@code getKeyInfo(storageName)}: the user chooses a certificate; answers its description (no signature). */
final class GetKeyInfo implements CommonUtilsMethod {
    private final HostSigning signing;
    private final KeyChoice keys;

    GetKeyInfo(HostSigning signing, KeyChoice keys) {
        this.signing = signing;
        this.keys = keys;
    }

    @Override
    public List<ArgType> parameters() {
        return List.of(ArgType.STRING);
    }

    @Override
    public CompletionStage<JsonNode> invoke(Call call) throws CommonUtilsException {
        return keys.filter(call.string(0), "")
                .thenCompose(filter -> signing.chooseCertificate(call.origin(), call.connectionId(), filter))
                .thenApply(KeyInfoJson::of);
    }
}

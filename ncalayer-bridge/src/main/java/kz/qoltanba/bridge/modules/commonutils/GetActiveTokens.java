package kz.qoltanba.bridge.modules.commonutils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.concurrent.CompletionStage;
import kz.qoltanba.bridge.modules.StorageNames;
import kz.qoltanba.bridge.spi.HostSigning;

/** {@code getActiveTokens()}: the hardware storages with a device present; never {@code PKCS12}. */
final class GetActiveTokens implements CommonUtilsMethod {
    private final HostSigning signing;

    GetActiveTokens(HostSigning signing) {
        this.signing = signing;
    }

    @Override
    public List<ArgType> parameters() {
        return List.of();
    }

    @Override
    public CompletionStage<JsonNode> invoke(Call call) {
        return signing.activeTokens().thenApply(tokens -> {
            ArrayNode names = JsonNodeFactory.instance.arrayNode();
            tokens.stream().filter(StorageNames::isHardware).distinct().sorted().forEach(names::add);
            return names;
        });
    }
}

package kz.qoltanba.bridge.modules.accessory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import kz.qoltanba.bridge.spi.ModuleRequest;

/**
 * {@code getVersion} (also {@code version}): the greeting's shape, {@code {"result":{"version":"1.4",
 * "implementation":"qoltanba-bridge/<version>"}}}.
 */
final class GetVersion implements AccessoryMethod {
    static final String PROTOCOL_VERSION = "1.4";

    private final String implementationVersion;

    GetVersion(String implementationVersion) {
        this.implementationVersion = implementationVersion;
    }

    @Override
    public CompletionStage<ObjectNode> invoke(ModuleRequest request, JsonNode json) {
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.putObject("result")
                .put("version", PROTOCOL_VERSION)
                .put("implementation", "qoltanba-bridge/" + implementationVersion);
        return CompletableFuture.completedFuture(answer);
    }
}

package kz.qoltanba.bundle.nursign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** {@code version}: the exact value portals check, whatever the bundle's own version. */
final class VersionType implements RequestType {
    static final String WIRE_VERSION = "1.0.0";

    @Override
    public CompletionStage<JsonNode> answer(Call call) {
        return CompletableFuture.completedFuture(
                JsonNodeFactory.instance.objectNode().put("version", WIRE_VERSION));
    }
}

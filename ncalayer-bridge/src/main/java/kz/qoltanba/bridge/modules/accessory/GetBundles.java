package kz.qoltanba.bridge.modules.accessory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import kz.qoltanba.bridge.spi.ModuleRequest;

/** {@code getBundles}: the flat map {@code {symbolicName: version}} of installed bundles, no envelope. */
final class GetBundles implements AccessoryMethod {
    private final Inventory inventory;

    GetBundles(Inventory inventory) {
        this.inventory = inventory;
    }

    @Override
    public CompletionStage<ObjectNode> invoke(ModuleRequest request, JsonNode json) {
        ObjectNode bundles = JsonNodeFactory.instance.objectNode();
        inventory.bundles().forEach(bundles::put);
        return CompletableFuture.completedFuture(bundles);
    }
}

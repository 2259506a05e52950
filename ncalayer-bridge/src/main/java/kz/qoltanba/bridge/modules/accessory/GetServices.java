package kz.qoltanba.bridge.modules.accessory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import kz.qoltanba.bridge.spi.ModuleRequest;

/** {@code getServices}: {@code {"services":[moduleName, …]}}, sorted. */
final class GetServices implements AccessoryMethod {
    private final Inventory inventory;

    GetServices(Inventory inventory) {
        this.inventory = inventory;
    }

    @Override
    public CompletionStage<ObjectNode> invoke(ModuleRequest request, JsonNode json) {
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        inventory.modules().forEach(answer.putArray("services")::add);
        return CompletableFuture.completedFuture(answer);
    }
}

package kz.qoltanba.bridge.modules.accessory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.CompletionStage;
import kz.qoltanba.bridge.spi.ModuleRequest;

/** One wire method of the accessory module; it answers the whole frame (this module has no envelope). */
interface AccessoryMethod {
    CompletionStage<ObjectNode> invoke(ModuleRequest request, JsonNode json);
}

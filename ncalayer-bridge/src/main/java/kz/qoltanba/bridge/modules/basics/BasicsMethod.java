package kz.qoltanba.bridge.modules.basics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.CompletionStage;
import kz.qoltanba.bridge.spi.ModuleRequest;

/** One wire method of the module. */
interface BasicsMethod {
    /**
     * The {@code body} of the success envelope. A {@link BasicsException}, thrown or inside the stage, becomes
     * the module's error form; host failures (cancel, no certificate, signing failed) are left to the host.
     */
    CompletionStage<ObjectNode> invoke(ModuleRequest request, JsonNode args) throws BasicsException;
}

package kz.qoltanba.bridge.modules.accessory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import kz.qoltanba.bridge.spi.HostDialogs;
import kz.qoltanba.bridge.spi.ModuleRequest;
import kz.qoltanba.bridge.spi.NcaModule;

/**
 * The {@code kz.gov.pki.ncalayerservices.accessory} module. Its answers have no envelope; its errors use the
 * module-neutral form {@code {"success":false,"errorCode":C,"message":M}}.
 */
final class AccessoryModule implements NcaModule {
    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, AccessoryMethod> methods;

    AccessoryModule(Inventory inventory, HostDialogs dialogs, String implementationVersion) {
        GetVersion version = new GetVersion(implementationVersion);
        methods = Map.of(
                "getBundles", new GetBundles(inventory),
                "getServices", new GetServices(inventory),
                "getVersion", version,
                "version", version,
                "installBundle", new InstallBundle(dialogs),
                "showSettings", new ShowWindow(dialogs::showSettings),
                "showBundleManager", new ShowWindow(dialogs::showBundleManager));
    }

    @Override
    public CompletionStage<String> handle(ModuleRequest request) {
        JsonNode json;
        try {
            json = mapper.readTree(request.json());
        } catch (JsonProcessingException e) {
            return answer(error("BAD_REQUEST", "The request is not JSON."));
        }
        JsonNode method = json.get("method");
        if (method == null || !method.isTextual()) {
            return answer(error("BAD_REQUEST", "The field 'method' is missing or not a string."));
        }
        AccessoryMethod handler = methods.get(method.asText());
        if (handler == null) {
            return answer(error("METHOD_NOT_FOUND", "The accessory module has no such method."));
        }
        return handler.invoke(request, json).thenApply(ObjectNode::toString);
    }

    private static CompletionStage<String> answer(ObjectNode node) {
        return CompletableFuture.completedFuture(node.toString());
    }

    static ObjectNode error(String code, String message) {
        return JsonNodeFactory.instance
                .objectNode()
                .put("success", false)
                .put("errorCode", code)
                .put("message", message);
    }
}

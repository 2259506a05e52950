package kz.qoltanba.bridge.modules.accessory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import kz.qoltanba.bridge.spi.ModuleRequest;

/**
 * {@code installBundle} with a top-level {@code symname}. Installing from the signed module catalog is the
 * module manager's job; until the host offers it through the SPI this answers {@code INSTALL_NOT_AVAILABLE}
 * and says where to install instead (a missing or non-string {@code symname} is {@code BAD_REQUEST}).
 */
final class InstallBundle implements AccessoryMethod {
    @Override
    public CompletionStage<ObjectNode> invoke(ModuleRequest request, JsonNode json) {
        JsonNode symbolicName = json.get("symname");
        if (symbolicName == null
                || !symbolicName.isTextual()
                || symbolicName.asText().isBlank()) {
            return CompletableFuture.completedFuture(
                    AccessoryModule.error("BAD_REQUEST", "installBundle needs the field 'symname' (a string)."));
        }
        return CompletableFuture.completedFuture(AccessoryModule.error(
                "INSTALL_NOT_AVAILABLE",
                "Modules cannot be installed from a page yet; use the module manager or 'qoltanba-bridge modules"
                        + " install'."));
    }
}

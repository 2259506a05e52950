package kz.qoltanba.bridge.modules.accessory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import kz.qoltanba.bridge.modules.Stages;
import kz.qoltanba.bridge.spi.HostDialogs;
import kz.qoltanba.bridge.spi.HostException;
import kz.qoltanba.bridge.spi.ModuleInstallException;
import kz.qoltanba.bridge.spi.ModuleRequest;
import kz.qoltanba.bridge.spi.UserCancelledException;

/**
 * {@code installBundle} with a top-level {@code symname}: the host asks the user and installs the catalog's
 * version. Answers {@code {"success":true,"symname":S,"version":V}}, or the error form with {@code CANCELLED},
 * {@code NOT_LISTED}, {@code HASH_MISMATCH}, {@code UNTRUSTED_CATALOG}, {@code CATALOG_UNAVAILABLE},
 * {@code INSTALL_FAILED}, or {@code INSTALL_NOT_AVAILABLE} when this host cannot install (a missing or
 * non-string {@code symname} is {@code BAD_REQUEST}).
 */
final class InstallBundle implements AccessoryMethod {
    private final HostDialogs dialogs;

    InstallBundle(HostDialogs dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public CompletionStage<ObjectNode> invoke(ModuleRequest request, JsonNode json) {
        JsonNode symbolicName = json.get("symname");
        if (symbolicName == null
                || !symbolicName.isTextual()
                || symbolicName.asText().isBlank()) {
            return CompletableFuture.completedFuture(
                    AccessoryModule.error("BAD_REQUEST", "installBundle needs the field 'symname' (a string)."));
        }
        String name = symbolicName.asText();
        CompletionStage<String> installed;
        try {
            installed = dialogs.installModule(request.origin(), request.connectionId(), name);
        } catch (RuntimeException e) {
            installed = CompletableFuture.failedFuture(e);
        }
        return installed.handle((version, failure) -> failure == null
                ? JsonNodeFactory.instance
                        .objectNode()
                        .put("success", true)
                        .put("symname", name)
                        .put("version", version)
                : errorFor(Stages.cause(failure)));
    }

    private static ObjectNode errorFor(Throwable failure) {
        if (failure instanceof UserCancelledException) {
            return AccessoryModule.error("CANCELLED", "The user did not allow installing the module.");
        }
        if (failure instanceof ModuleInstallException refused) {
            String code = switch (refused.reason()) {
                case NOT_LISTED -> "NOT_LISTED";
                case HASH_MISMATCH -> "HASH_MISMATCH";
                case UNTRUSTED_CATALOG -> "UNTRUSTED_CATALOG";
                case CATALOG_UNAVAILABLE -> "CATALOG_UNAVAILABLE";
                case FAILED -> "INSTALL_FAILED";
            };
            return AccessoryModule.error(code, sentence(refused.getMessage()));
        }
        String reason = failure instanceof HostException && failure.getMessage() != null
                ? failure.getMessage()
                : "installing modules is not available";
        return AccessoryModule.error(
                "INSTALL_NOT_AVAILABLE",
                sentence(reason) + " Use the module manager or 'qoltanba-bridge modules install'.");
    }

    private static String sentence(String text) {
        String capital = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return capital.endsWith(".") ? capital : capital + ".";
    }
}

package kz.qoltanba.bridge.modules.accessory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;
import kz.qoltanba.bridge.modules.Stages;
import kz.qoltanba.bridge.spi.ModuleRequest;

/**
 * {@code showSettings} / {@code showBundleManager}: asks the host to open the window and answers one frame,
 * {@code {"success":true}}, or {@code {"success":false,"errorCode":"NOT_AVAILABLE","message":M}} with the
 * host's reason.
 */
final class ShowWindow implements AccessoryMethod {
    private final BiFunction<String, String, CompletionStage<Void>> window;

    ShowWindow(BiFunction<String, String, CompletionStage<Void>> window) {
        this.window = window;
    }

    @Override
    public CompletionStage<ObjectNode> invoke(ModuleRequest request, JsonNode json) {
        CompletionStage<Void> shown;
        try {
            shown = window.apply(request.origin(), request.connectionId());
        } catch (RuntimeException e) {
            shown = CompletableFuture.failedFuture(e);
        }
        return shown.handle((ignored, failure) -> failure == null
                ? JsonNodeFactory.instance.objectNode().put("success", true)
                : AccessoryModule.error("NOT_AVAILABLE", messageOf(Stages.cause(failure))));
    }

    private static String messageOf(Throwable failure) {
        return failure instanceof kz.qoltanba.bridge.spi.HostException && failure.getMessage() != null
                ? failure.getMessage()
                : "The window could not be opened.";
    }
}

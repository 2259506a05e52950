package kz.qoltanba.bridge.modules.basics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import kz.qoltanba.bridge.modules.Stages;
import kz.qoltanba.bridge.spi.HostSigning;
import kz.qoltanba.bridge.spi.ModuleRequest;
import kz.qoltanba.bridge.spi.NcaModule;

/**
 * The {@code kz.gov.pki.knca.basics} module: routes {@code method} to its class and wraps the answer in
 * {@code {"status":true,"body":…}}; argument errors are {@code INVOCATION_ERROR}, an unknown method or
 * missing {@code args} {@code GENERAL_ERROR}.
 */
final class BasicsModule implements NcaModule {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, BasicsMethod> methods;

    BasicsModule(HostSigning signing) {
        methods = Map.of("sign", new Sign(signing));
    }

    @Override
    public CompletionStage<String> handle(ModuleRequest request) {
        try {
            return dispatch(request).handle(BasicsModule::envelope).thenCompose(stage -> stage);
        } catch (BasicsException e) {
            return CompletableFuture.completedFuture(error(e));
        }
    }

    private CompletionStage<ObjectNode> dispatch(ModuleRequest request) throws BasicsException {
        JsonNode json;
        try {
            json = mapper.readTree(request.json());
        } catch (JsonProcessingException e) {
            throw new BasicsException(BasicsException.Code.GENERAL_ERROR, "bad request", "The request is not JSON.");
        }
        JsonNode methodNode = json.get("method");
        if (methodNode == null || !methodNode.isTextual()) {
            throw new BasicsException(
                    BasicsException.Code.GENERAL_ERROR,
                    "unknown method",
                    "The field 'method' is missing or not a string.");
        }
        BasicsMethod method = methods.get(methodNode.asText());
        if (method == null) {
            throw new BasicsException(
                    BasicsException.Code.GENERAL_ERROR,
                    "unknown method",
                    "The module has no method '" + printable(methodNode.asText()) + "'; it has 'sign'.");
        }
        JsonNode args = json.get("args");
        if (args == null || args.isNull()) {
            throw new BasicsException(BasicsException.Code.GENERAL_ERROR, "missing args", "The request has no 'args'.");
        }
        if (!args.isObject()) {
            throw BasicsException.invocation("The field 'args' must be a JSON object.");
        }
        return method.invoke(request, args);
    }

    private static CompletionStage<String> envelope(ObjectNode body, Throwable failure) {
        if (failure == null) {
            ObjectNode envelope = JSON.objectNode().put("status", true);
            envelope.set("body", body);
            return CompletableFuture.completedFuture(envelope.toString());
        }
        Throwable cause = Stages.cause(failure);
        if (cause instanceof BasicsException e) {
            return CompletableFuture.completedFuture(error(e));
        }
        return CompletableFuture.failedFuture(cause);
    }

    private static String error(BasicsException e) {
        return JSON.objectNode()
                .put("status", false)
                .put("code", e.code().name())
                .put("message", e.getMessage())
                .put("details", e.details())
                .toString();
    }

    static String printable(String value) {
        String cleaned = value.replaceAll("\\p{Cntrl}", "");
        return cleaned.length() > 40 ? cleaned.substring(0, 40) + "…" : cleaned;
    }
}

package kz.qoltanba.bridge.modules.commonutils;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import kz.qoltanba.bridge.modules.Stages;
import kz.qoltanba.bridge.spi.HostDialogs;
import kz.qoltanba.bridge.spi.HostSigning;
import kz.qoltanba.bridge.spi.ModuleRequest;
import kz.qoltanba.bridge.spi.NcaModule;

/**
 * The {@code kz.gov.pki.knca.commonUtils} module: finds the method by name, checks the argument count and the
 * exact JSON type of each argument, runs it and wraps the answer in {@code {"code":"200","responseObject":…}}.
 */
final class CommonUtilsModule implements NcaModule {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, CommonUtilsMethod> methods;

    CommonUtilsModule(HostSigning signing, HostDialogs dialogs) {
        SessionState state = new SessionState();
        KeyChoice keys = new KeyChoice(signing);
        CmsSigning cms = new CmsSigning(signing, keys, state);
        XmlSigning xml = new XmlSigning(signing, keys, state);
        methods = Map.ofEntries(
                Map.entry("getActiveTokens", new GetActiveTokens(signing)),
                Map.entry("getKeyInfo", new GetKeyInfo(signing, keys)),
                Map.entry("signXml", new SignXml(xml)),
                Map.entry("signXmls", new SignXmls(xml)),
                Map.entry("createCAdESFromBase64", new CmsFromBase64(cms, false)),
                Map.entry("createCAdESFromBase64Hash", new CreateCadesFromBase64Hash(cms)),
                Map.entry("createCAdESFromFile", new CmsFromFile(cms, false)),
                Map.entry("createCMSSignatureFromBase64", new CmsFromBase64(cms, true)),
                Map.entry("createCMSSignatureFromFile", new CmsFromFile(cms, true)),
                Map.entry("applyCAdEST", new ApplyCadesT(signing)),
                Map.entry("showFileChooser", new ShowFileChooser(dialogs, state)),
                Map.entry("changeLocale", new ChangeLocale(state)));
    }

    @Override
    public CompletionStage<String> handle(ModuleRequest request) {
        CompletionStage<JsonNode> answer;
        try {
            answer = dispatch(request);
        } catch (CommonUtilsException e) {
            return CompletableFuture.completedFuture(error(e.getMessage()));
        }
        return answer.handle(CommonUtilsModule::envelope).thenCompose(stage -> stage);
    }

    private CompletionStage<JsonNode> dispatch(ModuleRequest request) throws CommonUtilsException {
        JsonNode json;
        try {
            json = mapper.readTree(request.json());
        } catch (JsonProcessingException e) {
            throw new CommonUtilsException("The request is not JSON.");
        }
        JsonNode methodNode = json.get("method");
        if (methodNode == null || !methodNode.isTextual()) {
            throw new CommonUtilsException("The field 'method' is missing or not a string.");
        }
        String name = methodNode.asText();
        CommonUtilsMethod method = methods.get(name);
        if (method == null) {
            throw new CommonUtilsException("Unknown method '" + KeyChoice.printable(name) + "'.");
        }
        JsonNode args = json.has("args") ? json.get("args") : JSON.arrayNode();
        if (!args.isArray()) {
            throw new CommonUtilsException("argument type mismatch. Method: " + name);
        }
        List<ArgType> parameters = method.parameters();
        if (args.size() != parameters.size()) {
            throw new CommonUtilsException("Method '" + name + "' takes " + parameters.size() + " argument"
                    + (parameters.size() == 1 ? "" : "s") + ", not " + args.size() + ".");
        }
        for (int i = 0; i < parameters.size(); i++) {
            if (!parameters.get(i).matches(args.get(i))) {
                throw new CommonUtilsException("argument type mismatch. Method: " + name);
            }
        }
        return method.invoke(new Call(request, args));
    }

    /** The success envelope, the module's own error form, or the host's failure passed on for the host to map. */
    private static CompletionStage<String> envelope(JsonNode value, Throwable failure) {
        if (failure == null) {
            return CompletableFuture.completedFuture(success(value));
        }
        Throwable cause = Stages.cause(failure);
        if (cause instanceof CommonUtilsException e) {
            return CompletableFuture.completedFuture(error(e.getMessage()));
        }
        return CompletableFuture.failedFuture(cause);
    }

    private static String success(JsonNode value) {
        ObjectNode envelope = JSON.objectNode().put("code", "200");
        if (value != null) {
            envelope.set("responseObject", value);
        }
        return envelope.toString();
    }

    static String error(String message) {
        return JSON.objectNode().put("code", "500").put("message", message).toString();
    }
}

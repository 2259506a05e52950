package kz.qoltanba.bundle.nursign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import kz.qoltanba.bridge.spi.HostDialogs;
import kz.qoltanba.bridge.spi.ModuleRequest;
import kz.qoltanba.bridge.spi.NcaModule;
import kz.qoltanba.bundle.nursign.config.NursignSettings;
import kz.qoltanba.bundle.nursign.http.PortalHttp;

/**
 * The {@code NURSign} module: checks the page's origin against {@code allow_addresses} first (14), then routes
 * the request's {@code type} to its class and wraps the answer in the module's envelope.
 */
final class NursignModule implements NcaModule {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(60);
    private static final System.Logger LOG = System.getLogger(NursignModule.class.getName());

    private final ObjectMapper mapper = new ObjectMapper();
    private final Supplier<NursignSettings> settings;
    private final ConfigProblems problems;
    private final Supplier<HostDialogs> dialogs;
    private final Map<String, RequestType> types;

    NursignModule(
            Supplier<NursignSettings> settings,
            ConfigProblems problems,
            Supplier<HostDialogs> dialogs,
            Map<String, RequestType> types) {
        this.settings = settings;
        this.problems = problems;
        this.dialogs = dialogs;
        this.types = Map.copyOf(types);
    }

    @Override
    public CompletionStage<String> handle(ModuleRequest request) {
        try {
            return answer(request).handle(NursignModule::envelope);
        } catch (NursignException e) {
            return CompletableFuture.completedFuture(Envelope.failure(e));
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(envelope(null, e));
        }
    }

    private CompletionStage<JsonNode> answer(ModuleRequest request) throws NursignException {
        JsonNode json;
        try {
            json = mapper.readTree(request.json());
        } catch (JsonProcessingException e) {
            throw NursignException.badRequest("The request is not JSON.");
        }
        NursignSettings snapshot = settings.get();
        Call call = new Call(
                json,
                request.origin(),
                request.connectionId(),
                snapshot,
                new PortalHttp(snapshot.proxy(), CONNECT_TIMEOUT, READ_TIMEOUT));
        problems.showPending(dialogs.get(), call);
        AddressPolicy.checkOrigin(call);
        JsonNode type = json.get("type");
        if (type == null || !type.isTextual()) {
            throw NursignException.badRequest("The field 'type' is missing or not a string.");
        }
        RequestType handler = types.get(type.asText());
        if (handler == null) {
            throw NursignException.badRequest("Unknown type '" + printable(type.asText()) + "'; known types: "
                    + String.join(", ", new java.util.TreeSet<>(types.keySet())) + ".");
        }
        return handler.answer(call);
    }

    private static String envelope(JsonNode result, Throwable failure) {
        if (failure == null) {
            return Envelope.success(result);
        }
        Throwable cause = HostFailures.unwrap(failure);
        if (cause instanceof NursignException e) {
            return Envelope.failure(e);
        }
        LOG.log(Level.ERROR, "NURSign request failed unexpectedly", cause);
        return Envelope.failure(new NursignException(
                ErrorCode.OTHER, "Internal error: " + cause.getClass().getSimpleName()));
    }

    private static String printable(String value) {
        String cleaned = value.replaceAll("\\p{Cntrl}", "");
        return cleaned.length() > 40 ? cleaned.substring(0, 40) + "…" : cleaned;
    }
}

package kz.qoltanba.portal.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import kz.qoltanba.portal.testutil.TestSignatures;
import kz.qoltanba.signing.token.KeyEntry;

/**
 * A stand-in for an older signing app that has only {@code kz.gov.pki.knca.commonUtils}: plain WebSocket on a
 * free port, the NCALayer greeting, {@code MODULE_NOT_FOUND} for {@code basics}, and {@code signXml} / {@code
 * createCAdESFromBase64} answered with one key. It records every module and method asked for.
 */
final class NcaLayerWithoutBasics implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Javalin server;
    private final List<String> calls = new CopyOnWriteArrayList<>();

    NcaLayerWithoutBasics(KeyEntry key) {
        server = Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.routes.ws("/", ws -> {
                        ws.onConnect(ctx -> ctx.send("{\"result\":{\"version\":\"1.4\"}}"));
                        ws.onMessage(ctx -> ctx.send(answer(JSON.readTree(ctx.message()), key)));
                    });
                })
                .start("127.0.0.1", 0);
    }

    private String answer(JsonNode request, KeyEntry key) throws Exception {
        String module = request.path("module").asText();
        String method = request.path("method").asText();
        calls.add(module + "." + method);
        if (!"kz.gov.pki.knca.commonUtils".equals(module)) {
            return "{\"success\":false,\"errorCode\":\"MODULE_NOT_FOUND\"}";
        }
        JsonNode args = request.path("args");
        String signed = switch (method) {
            case "signXml" -> TestSignatures.signXml(args.get(2).asText(), key);
            case "createCAdESFromBase64" ->
                TestSignatures.signCms(Base64.getDecoder().decode(args.get(2).asText()), key);
            default -> null;
        };
        if (signed == null) {
            return JSON.writeValueAsString(Map.of("code", "500", "message", "unknown method " + method));
        }
        return JSON.writeValueAsString(Map.of("code", "200", "responseObject", signed));
    }

    /** {@code ws://127.0.0.1:PORT/}. */
    String url() {
        return "ws://127.0.0.1:" + server.port() + "/";
    }

    /** {@code module.method} of every request, in order. */
    List<String> calls() {
        return List.copyOf(calls);
    }

    @Override
    public void close() {
        server.stop();
    }
}

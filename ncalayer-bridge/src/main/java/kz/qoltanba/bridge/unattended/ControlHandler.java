package kz.qoltanba.bridge.unattended;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import kz.qoltanba.signing.token.StorageType;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The unattended control endpoint, in front of the other plain HTTP handlers: {@code POST /unattended/next}
 * queues one answer, {@code GET /unattended/log} lists what was answered. Only from a loopback peer, and when
 * the request carries an {@code Origin}, only a loopback origin (a web page cannot steer the answers); a
 * queued answer must be sent as {@code application/json}, which browsers cannot send cross-origin without a
 * preflight this endpoint never grants.
 */
final class ControlHandler extends Handler.Wrapper {
    static final String NEXT = "/unattended/next";
    static final String LOG_PATH = "/unattended/log";

    private static final Logger LOG = LoggerFactory.getLogger(ControlHandler.class);
    private static final int MAX_BODY = 16 * 1024;
    /** Up to this size a refused body is still read, so that the 413 reaches the client. */
    private static final int DRAIN_LIMIT = 1024 * 1024;

    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private final ObjectMapper json = new ObjectMapper();
    private final AnswerQueue queue;
    private final AnswerLog log;
    private final UnattendedKeySet keys;

    ControlHandler(Handler next, AnswerQueue queue, AnswerLog log, UnattendedKeySet keys) {
        super(next);
        this.queue = queue;
        this.log = log;
        this.keys = keys;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        if (!path.startsWith("/unattended/")) {
            return super.handle(request, response, callback);
        }
        if (!fromLoopback(request)) {
            LOG.warn("Refused an unattended control request that did not come from loopback");
            Response.writeError(request, response, callback, HttpStatus.FORBIDDEN_403, "loopback only");
            return true;
        }
        if (NEXT.equals(path) && HttpMethod.POST.is(request.getMethod())) {
            next(request, response, callback);
        } else if (LOG_PATH.equals(path) && HttpMethod.GET.is(request.getMethod())) {
            reply(response, callback, HttpStatus.OK_200, logJson());
        } else {
            Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
        }
        return true;
    }

    private void next(Request request, Response response, Callback callback) throws Exception {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            Response.writeError(
                    request, response, callback, HttpStatus.UNSUPPORTED_MEDIA_TYPE_415, "send application/json");
            return;
        }
        long length = request.getLength();
        if (length < 0) {
            Response.writeError(request, response, callback, HttpStatus.LENGTH_REQUIRED_411);
            return;
        }
        if (length > MAX_BODY) {
            if (length <= DRAIN_LIMIT) {
                // Read the refused body first, so that the client, still writing it, gets the 413 and not a reset.
                Content.Source.consumeAll(request);
            }
            Response.writeError(request, response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413);
            return;
        }
        String body = Content.Source.asString(request, StandardCharsets.UTF_8);
        Answer answer;
        try {
            answer = parse(body);
        } catch (IllegalArgumentException | JsonProcessingException e) {
            reply(response, callback, HttpStatus.BAD_REQUEST_400, error(e.getMessage()));
            return;
        }
        int queued = queue.add(answer);
        if (queued < 0) {
            reply(response, callback, HttpStatus.SERVICE_UNAVAILABLE_503, error("the answer queue is full"));
            return;
        }
        LOG.warn("UNATTENDED MODE: next answer queued ({} waiting)", queued);
        ObjectNode ok = json.createObjectNode();
        ok.put("queued", queued);
        reply(response, callback, HttpStatus.OK_200, ok.toString());
    }

    private Answer parse(String body) throws JsonProcessingException {
        JsonNode node = json.readTree(body);
        if (node == null || !node.isObject() || node.size() != 1) {
            throw new IllegalArgumentException(
                    "expected one of {\"key\":name}, {\"answer\":\"cancel\"|\"wrong-password\"}, {\"file\":path}");
        }
        String field = node.fieldNames().next();
        JsonNode value = node.get(field);
        if (!value.isTextual()) {
            throw new IllegalArgumentException("'" + field + "' must be a string");
        }
        String text = value.asText();
        return switch (field) {
            case "key" -> {
                if (keys.byName(text).isEmpty() && !(keys.tokensAnswer() && isTokenName(text))) {
                    throw new IllegalArgumentException("unknown key '" + text + "'; configured: "
                            + keys.keys().stream()
                                    .map(UnattendedKeySet.Key::name)
                                    .toList()
                            + (keys.tokensAnswer() ? " and tokens by storage name, e.g. AKKaztokenStore" : ""));
                }
                yield new Answer.UseKey(text);
            }
            case "answer" ->
                switch (text) {
                    case "cancel" -> new Answer.Cancel();
                    case "wrong-password" -> new Answer.WrongPassword();
                    default -> throw new IllegalArgumentException("'answer' is 'cancel' or 'wrong-password'");
                };
            case "file" -> new Answer.ChooseFile(file(text));
            default -> throw new IllegalArgumentException("unknown field '" + field + "'");
        };
    }

    private static Path file(String text) {
        try {
            Path path = Path.of(text);
            if (!path.isAbsolute()) {
                throw new IllegalArgumentException("'file' must be an absolute path");
            }
            return path.normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("'file' is not a path");
        }
    }

    private String logJson() {
        ArrayNode array = json.createArrayNode();
        for (AnswerLog.Entry entry : log.entries()) {
            ObjectNode node = array.addObject();
            node.put("time", entry.time().toString());
            node.put("origin", entry.origin());
            node.put("type", entry.type());
            if (AnswerLog.ANSWER.equals(entry.type())) {
                node.put("question", entry.question());
                node.put("answer", entry.answer());
                node.put("key", entry.key());
                node.put("serialNumber", entry.serial());
                node.put("file", entry.file());
                if (entry.offered() != null) {
                    entry.offered().forEach(node.putArray("offered")::add);
                }
            }
            entry.details().forEach((name, value) -> node.set(name, json.valueToTree(value)));
        }
        return array.toString();
    }

    private String error(String message) {
        ObjectNode node = json.createObjectNode();
        node.put("error", message);
        return node.toString();
    }

    private static void reply(Response response, Callback callback, int status, String body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }

    static boolean fromLoopback(Request request) {
        SocketAddress remote = request.getConnectionMetaData().getRemoteSocketAddress();
        if (!(remote instanceof InetSocketAddress inet)
                || inet.getAddress() == null
                || !inet.getAddress().isLoopbackAddress()) {
            return false;
        }
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        return origin == null || isLoopbackOrigin(origin);
    }

    static boolean isLoopbackOrigin(String origin) {
        try {
            URI uri = new URI(origin.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && LOOPBACK_HOSTS.contains(host);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isTokenName(String name) {
        return Arrays.stream(StorageType.values())
                .anyMatch(type -> type.isToken() && type.ncaLayerName().equals(name));
    }
}

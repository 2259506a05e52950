package kz.qoltanba.signing.devpki;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import kz.qoltanba.signing.SigningException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One path prefix of the development servers: checks the method, reads a bounded body, hands the rest of
 * the path and the body to the endpoint and writes its answer. Failures become 4xx/5xx with a clear text.
 */
final class Route implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(Route.class);
    private static final int MAX_BODY = 1 << 20;

    /** Answers a request for {@code name} (the path after the prefix). */
    @FunctionalInterface
    interface Endpoint {
        HttpResponse answer(String name, byte[] body) throws SigningException;
    }

    private final String method;
    private final String prefix;
    private final Endpoint endpoint;

    Route(String method, String prefix, Endpoint endpoint) {
        this.method = method;
        this.prefix = prefix;
        this.endpoint = endpoint;
    }

    String prefix() {
        return prefix;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        HttpResponse response;
        try {
            if (!method.equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().add("Allow", method);
                response = HttpResponse.text(405, path + " accepts " + method + " only");
            } else {
                byte[] body = readBody(exchange.getRequestBody());
                response = body == null
                        ? HttpResponse.text(413, "the request body exceeds " + MAX_BODY + " bytes")
                        : endpoint.answer(path.substring(prefix.length()), body);
            }
        } catch (SigningException | RuntimeException e) {
            LOG.warn("development PKI server failed on {}", path, e);
            response = HttpResponse.text(500, "the development PKI could not answer: " + e.getMessage());
        }
        LOG.debug("{} {} -> {}", exchange.getRequestMethod(), path, response.status());
        write(exchange, response);
    }

    /** The body, or null when it is larger than the limit. */
    private static byte[] readBody(InputStream in) throws IOException {
        try (in) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            return body.length > MAX_BODY ? null : body;
        }
    }

    private static void write(HttpExchange exchange, HttpResponse response) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        response.headers()
                .forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response.body());
        }
    }
}

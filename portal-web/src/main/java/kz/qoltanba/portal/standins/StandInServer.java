package kz.qoltanba.portal.standins;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The three registers as one small local HTTP service (loopback only), answering from {@link DemoRegisters}:
 * {@code GET /gbdul/organizations/{bin}} (200 or 404), {@code GET /realty/owners/{bin}/objects} and
 * {@code GET /entitlements/{iin}} (JSON lists).
 */
final class StandInServer implements AutoCloseable {
    private static final Pattern ORGANISATION = Pattern.compile("/gbdul/organizations/([^/]*)");
    private static final Pattern REALTY = Pattern.compile("/realty/owners/([^/]*)/objects");
    private static final Pattern ENTITLEMENTS = Pattern.compile("/entitlements/([^/]*)");
    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

    private final HttpServer server;
    private final Map<Pattern, Function<String, Object>> routes = new LinkedHashMap<>();
    private final ObjectMapper json = new ObjectMapper();

    private StandInServer(HttpServer server, DemoRegisters data) {
        this.server = server;
        routes.put(ORGANISATION, bin -> data.organisations().get(bin));
        routes.put(REALTY, bin -> data.realEstate().getOrDefault(bin, List.of()));
        routes.put(ENTITLEMENTS, iin -> data.entitlements().getOrDefault(iin, List.of()));
    }

    static StandInServer start(DemoRegisters data, int port) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        StandInServer standIn = new StandInServer(http, data);
        http.createContext("/", standIn::handle);
        http.start();
        return standIn;
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                send(exchange, 405, Map.of("error", "only GET is served"));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            for (Map.Entry<Pattern, Function<String, Object>> route : routes.entrySet()) {
                Matcher m = route.getKey().matcher(path);
                if (m.matches()) {
                    answer(exchange, m.group(1), route.getValue());
                    return;
                }
            }
            send(exchange, 404, Map.of("error", "unknown path " + path));
        }
    }

    private void answer(HttpExchange exchange, String number, Function<String, Object> lookUp) throws IOException {
        if (!TWELVE_DIGITS.matcher(number).matches()) {
            send(exchange, 400, Map.of("error", "a BIN/IIN has 12 digits, got '" + number + "'"));
            return;
        }
        Object found = lookUp.apply(number);
        if (found == null) {
            send(exchange, 404, Map.of("error", "nothing registered for " + number));
        } else {
            send(exchange, 200, found);
        }
    }

    private void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

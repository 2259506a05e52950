package kz.qoltanba.bridge.js;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A plain-http origin on {@code 127.0.0.1:0} serving an empty page that loads the published client as a classic
 * script ({@code /ncalayer-client.js}).
 */
final class TestPage implements AutoCloseable {
    private static final String PAGE = "<!doctype html><html><head><meta charset=\"utf-8\"><title>bridge</title>"
            + "<script src=\"/ncalayer-client.js\"></script></head><body>ready</body></html>";

    private final HttpServer server;

    private TestPage(HttpServer server) {
        this.server = server;
    }

    static TestPage serve(Path clientScript) throws IOException {
        byte[] script = Files.readAllBytes(clientScript);
        byte[] page = PAGE.getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body;
            String type;
            if (path.equals("/")) {
                body = page;
                type = "text/html; charset=utf-8";
            } else if (path.equals("/ncalayer-client.js")) {
                body = script;
                type = "text/javascript; charset=utf-8";
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return new TestPage(server);
    }

    /** {@code http://127.0.0.1:PORT}, the origin the bridge must allow. */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

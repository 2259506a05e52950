package kz.qoltanba.bundle.nursign;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A module catalog site on loopback: a folder of bundle jars, signed into {@code ncalayer.der} with the
 * development publisher key the bridge build made ({@code catalog sign}), served over HTTP.
 */
final class CatalogSite implements AutoCloseable {
    private final Path folder;
    private final HttpServer server;

    private CatalogSite(Path folder, HttpServer server) {
        this.folder = folder;
        this.server = server;
    }

    static CatalogSite serve(Path folder) throws IOException {
        Files.createDirectories(folder);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", exchange -> {
            Path file = folder.resolve(exchange.getRequestURI().getPath().substring(1))
                    .normalize();
            if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            exchange.sendResponseHeaders(200, Files.size(file));
            try (OutputStream out = exchange.getResponseBody()) {
                Files.copy(file, out);
            }
        });
        server.start();
        return new CatalogSite(folder, server);
    }

    Path folder() {
        return folder;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    URI catalogUrl() {
        return base().resolve("ncalayer.der");
    }

    /** Signs the jars now in the folder into {@code ncalayer.der} with the development publisher key. */
    void sign() throws Exception {
        Path publisher = BridgeProcess.bridgeJar().getParent().resolve("dev-publisher");
        String password = Files.readString(publisher.resolve("publisher.password"), StandardCharsets.UTF_8)
                .trim();
        BridgeProcess.Result signed = BridgeProcess.run(
                Map.of("PUBLISHER_PASSWORD", password),
                "catalog",
                "sign",
                "--key",
                publisher.resolve("publisher.p12").toString(),
                "--password-env",
                "PUBLISHER_PASSWORD",
                "--bundles",
                folder.toString(),
                "--base-url",
                base().toString(),
                "--out",
                folder.resolve("ncalayer.der").toString());
        if (signed.exitCode() != 0) {
            throw new AssertionError("catalog sign failed: " + signed.output());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

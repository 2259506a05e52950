package kz.qoltanba.bundle.nursign.testserver;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.validation.CmsVerifier;
import kz.qoltanba.signing.validation.ValidationReport;
import kz.qoltanba.signing.validation.VerificationOptions;

/**
 * The portal's side of the NURSign file contract (bridge-protocol §6) on {@code 127.0.0.1}, port 0:
 * {@code GET /check/{sha256}}, {@code POST /upload} (multipart, parsed while streaming, file parts stored on
 * disk), and {@code GET /files/{name}} for downloads. It keeps a hash → file id store, records every upload
 * and every request line with its {@code Via} header, can be told to fail, and verifies uploaded detached
 * signatures with signing-core's {@link CmsVerifier}.
 */
public final class ContractPortal implements AutoCloseable {
    /** How {@code POST /upload} misbehaves when told to. */
    public enum UploadFailure {
        NONE,
        STATUS_500,
        BAD_JSON
    }

    /** One received upload; {@code file} is empty when no file part was sent. */
    public record Upload(
            Map<String, String> fields, Optional<Path> file, String fileName, long fileSize, String fileSha256) {
        public String token() {
            return fields.get("token");
        }

        public String hash() {
            return fields.get("hash");
        }

        public String signature() {
            return fields.get("signature");
        }
    }

    /** A request as the portal saw it; {@code via} is the {@code Via} header a proxy adds (null without). */
    public record Request(String method, String path, String via) {}

    record Stored(String fileId, String fileName, long fileSize) {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Path storage;
    private final String scheme;
    private final Map<String, Stored> byHash = new ConcurrentHashMap<>();
    private final Map<String, Path> served = new ConcurrentHashMap<>();
    private final List<Upload> uploads = new CopyOnWriteArrayList<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile boolean failCheck;
    private volatile UploadFailure uploadFailure = UploadFailure.NONE;

    private ContractPortal(HttpServer server, String scheme) throws IOException {
        this.server = server;
        this.scheme = scheme;
        this.storage = Files.createTempDirectory("contract-portal");
        server.createContext("/check/", this::check);
        server.createContext("/upload", this::upload);
        server.createContext("/files/", this::file);
        server.setExecutor(executor);
        server.start();
    }

    /** Plain http on a free port of 127.0.0.1. */
    public static ContractPortal start() throws IOException {
        return new ContractPortal(HttpServer.create(loopback(), 0), "http");
    }

    /** https with {@code tls} (see {@link TestTls}) on a free port of 127.0.0.1. */
    public static ContractPortal startHttps(SSLContext tls) throws IOException {
        HttpsServer server = HttpsServer.create(loopback(), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        return new ContractPortal(server, "https");
    }

    public URI baseUrl() {
        return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The {@code check_exists_url} prefix: the module appends the lowercase hex SHA-256. */
    public URI checkUrl() {
        return baseUrl().resolve("check/");
    }

    public URI uploadUrl() {
        return baseUrl().resolve("upload");
    }

    /** Serves {@code content} at {@code /files/{name}} and returns that URL. */
    public URI serveFile(String name, byte[] content) throws IOException {
        return serveFile(name, Files.write(storage.resolve("served-" + name), content));
    }

    /** Serves the file (streamed, any size) at {@code /files/{name}} and returns that URL. */
    public URI serveFile(String name, Path file) {
        served.put(name, file);
        return baseUrl().resolve("files/" + name);
    }

    /** Makes the portal already know a file with this hash. */
    public void knowFile(String sha256Hex, String fileId, String fileName, long fileSize) {
        byHash.put(sha256Hex, new Stored(fileId, fileName, fileSize));
    }

    public void failCheck(boolean fail) {
        this.failCheck = fail;
    }

    public void failUpload(UploadFailure failure) {
        this.uploadFailure = failure;
    }

    public List<Upload> uploads() {
        return List.copyOf(uploads);
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /**
     * Verifies an upload's detached CMS: over the uploaded file bytes when a file part came, else over the
     * SHA-256 the {@code hash} part names.
     */
    public ValidationReport verify(Upload upload, CmsVerifier verifier, VerificationOptions options)
            throws IOException, MalformedInputException {
        byte[] cms = Base64.getDecoder().decode(upload.signature());
        if (upload.file().isPresent()) {
            try (InputStream content = Files.newInputStream(upload.file().get())) {
                return verifier.verify(cms, Optional.of(content), options);
            }
        }
        return verifier.verifyDigest(cms, HexFormat.of().parseHex(upload.hash()), "2.16.840.1.101.3.4.2.1", options);
    }

    private void check(HttpExchange exchange) throws IOException {
        record(exchange);
        String hash = exchange.getRequestURI().getPath().substring("/check/".length());
        if (failCheck) {
            answer(exchange, 500, "{\"error\":\"check failed on purpose\"}");
        } else if (!"GET".equals(exchange.getRequestMethod())) {
            answer(exchange, 405, "{\"error\":\"GET only\"}");
        } else {
            Stored stored = byHash.get(hash);
            answer(
                    exchange,
                    200,
                    stored == null
                            ? "{\"exists\":false}"
                            : "{\"exists\":true,\"file_id\":\"" + stored.fileId() + "\"}");
        }
    }

    private void upload(HttpExchange exchange) throws IOException {
        record(exchange);
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
            answer(exchange, 405, "{\"error\":\"POST only\"}");
            return;
        }
        Upload upload;
        try {
            upload = receive(exchange);
        } catch (IOException e) {
            answer(exchange, 400, "{\"error\":\"" + e.getMessage().replace('"', '\'') + "\"}");
            return;
        }
        uploads.add(upload);
        switch (uploadFailure) {
            case STATUS_500 -> answer(exchange, 500, "{\"error\":\"upload failed on purpose\"}");
            case BAD_JSON -> answer(exchange, 200, "<html>not json</html>");
            case NONE -> store(exchange, upload);
        }
    }

    private void store(HttpExchange exchange, Upload upload) throws IOException {
        if (upload.file().isPresent()) {
            if (!upload.fileSha256().equals(upload.hash())) {
                answer(exchange, 400, "{\"error\":\"hash does not match the file\"}");
                return;
            }
            byHash.put(upload.hash(), new Stored(UUID.randomUUID().toString(), upload.fileName(), upload.fileSize()));
        }
        Stored stored = upload.hash() == null ? null : byHash.get(upload.hash());
        if (stored == null) {
            answer(exchange, 400, "{\"error\":\"unknown hash and no file\"}");
            return;
        }
        answer(
                exchange,
                200,
                "{\"file_id\":\"" + stored.fileId() + "\",\"file_name\":\""
                        + stored.fileName().replace("\"", "\\\"") + "\",\"file_size\":" + stored.fileSize() + "}");
    }

    private Upload receive(HttpExchange exchange) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        Path file = storage.resolve("upload-" + UUID.randomUUID());
        MessageDigest sha256 = sha256();
        String[] fileName = {null};
        MultipartReader reader = new MultipartReader(
                exchange.getRequestBody(), exchange.getRequestHeaders().getFirst("Content-Type"));
        reader.readAll(header -> {
            if (header.fileName() != null) {
                if (fileName[0] != null) {
                    throw new IOException("more than one file part");
                }
                fileName[0] = header.fileName();
                return new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024), sha256);
            }
            return new FieldSink(header.name(), fields);
        });
        if (fileName[0] == null) {
            return new Upload(Map.copyOf(fields), Optional.empty(), null, 0, null);
        }
        String hex = HexFormat.of().formatHex(sha256.digest());
        return new Upload(Map.copyOf(fields), Optional.of(file), fileName[0], Files.size(file), hex);
    }

    private void file(HttpExchange exchange) throws IOException {
        record(exchange);
        Path file = served.get(exchange.getRequestURI().getPath().substring("/files/".length()));
        if (file == null) {
            answer(exchange, 404, "no such file");
            return;
        }
        exchange.sendResponseHeaders(200, Files.size(file));
        try (OutputStream out = exchange.getResponseBody()) {
            Files.copy(file, out);
        }
    }

    private void record(HttpExchange exchange) {
        requests.add(new Request(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Via")));
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", body.startsWith("{") ? "application/json" : "text/html");
        if ("HEAD".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InetSocketAddress loopback() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try (var files = Files.list(storage)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(storage);
        } catch (IOException e) {
            storage.toFile().deleteOnExit();
        }
    }

    /** Collects a text field as UTF-8. */
    private static final class FieldSink extends ByteArrayOutputStream {
        private final String name;
        private final Map<String, String> fields;

        FieldSink(String name, Map<String, String> fields) {
            this.name = name;
            this.fields = fields;
        }

        @Override
        public void close() {
            fields.put(name, toString(StandardCharsets.UTF_8));
        }
    }
}

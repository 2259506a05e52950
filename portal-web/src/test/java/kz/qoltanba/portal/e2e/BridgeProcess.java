package kz.qoltanba.portal.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import kz.qoltanba.signing.testutil.Prerequisites;
import kz.qoltanba.signing.token.KeyEntry;
import kz.qoltanba.signing.token.KeyFiles;

/**
 * The real bridge as a separate process ({@code java -jar} of the system property {@code qoltanba.bridge.jar}):
 * {@code tls init} first, with HOME at a fresh folder, so that a Chromium started with the same HOME trusts the
 * bridge's certificate for real; then {@code serve --unattended --keys-dir DIR --home H --port P
 * --allowed-origin ORIGIN}. The control endpoint picks the next key or plays cancel and wrong password; {@link
 * #log()} reads what the bridge signed with. The portal never imports bridge code: this process is the only link.
 */
public final class BridgeProcess implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final int port;
    private final Path userHome;
    private final HttpClient control;
    private final Path output;

    private BridgeProcess(Process process, int port, Path userHome, HttpClient control, Path output) {
        this.process = process;
        this.port = port;
        this.userHome = userHome;
        this.control = control;
        this.output = output;
    }

    /** The bridge jar; skips the test locally (fails under CI) when it has not been built. */
    public static Path jar() {
        String property = System.getProperty("qoltanba.bridge.jar", "");
        Path jar = Path.of(property.isBlank() ? "../ncalayer-bridge/target/qoltanba-bridge.jar" : property);
        Prerequisites.require(
                Files.isRegularFile(jar), "the bridge jar " + jar + " (build it: mvn -pl ncalayer-bridge package)");
        return jar;
    }

    /** Writes {@code NAME.p12} and {@code NAME.password} (owner-only) for each key, as the bridge's keys folder. */
    public static Path writeKeys(Path directory, Map<String, KeyEntry> keys, String password) throws Exception {
        Files.createDirectories(directory);
        for (Map.Entry<String, KeyEntry> key : keys.entrySet()) {
            KeyEntry entry = key.getValue();
            KeyFiles.writePkcs12(
                    directory.resolve(key.getKey() + ".p12"),
                    entry.privateKey(),
                    entry.chain(),
                    password.toCharArray());
            Path passwordFile = directory.resolve(key.getKey() + ".password");
            Files.writeString(passwordFile, password, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
        }
        return directory;
    }

    /**
     * @param root a fresh folder: {@code home/} (HOME of the bridge and of the browser), {@code bridge/} (the
     *     bridge's home), the process output
     */
    public static BridgeProcess start(Path root, Path keysDir, int port, String allowedOrigin) throws Exception {
        return start(root, keysDir, port, allowedOrigin, Map.of(), List.of(), List.of());
    }

    /**
     * As {@link #start(Path, Path, int, String)}, with extra environment variables for the bridge process (e.g.
     * {@code NURSIGN_CONFIG}) and module jars installed into the bridge's home before it serves: listed in a
     * catalog signed by the development publisher ({@code catalog sign}), served over loopback HTTP and installed
     * with {@code modules install} by the name in each jar's {@code Bundle-SymbolicName}; {@code serveOptions} are
     * added to {@code serve} (e.g. {@code --trust root.pem}).
     */
    public static BridgeProcess start(
            Path root,
            Path keysDir,
            int port,
            String allowedOrigin,
            Map<String, String> env,
            List<Path> modules,
            List<String> serveOptions)
            throws Exception {
        Prerequisites.require(Files.isExecutable(Path.of("/usr/bin/certutil")), "certutil (apt install libnss3-tools)");
        Path jar = jar();
        Path userHome = Files.createDirectories(root.resolve("home"));
        Path bridgeHome = root.resolve("bridge");
        runToEnd(jar, userHome, List.of("tls", "init", "--home", bridgeHome.toString()), root, "tls-init", Map.of());
        if (!modules.isEmpty()) {
            installFromCatalog(jar, userHome, bridgeHome, root, modules);
        }
        Path output = root.resolve("bridge.log");
        List<String> serve = new ArrayList<>(List.of(
                "serve",
                "--home",
                bridgeHome.toString(),
                "--port",
                Integer.toString(port),
                "--allowed-origin",
                allowedOrigin,
                "--unattended",
                "--keys-dir",
                keysDir.toString()));
        serve.addAll(serveOptions);
        Process process = command(jar, userHome, serve, output, env);
        HttpClient control = HttpClient.newBuilder()
                .sslContext(trusting(bridgeHome.resolve("tls/local-ca.pem")))
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        BridgeProcess bridge = new BridgeProcess(process, port, userHome, control, output);
        bridge.awaitServing();
        return bridge;
    }

    /** Runs a bridge command to its end; its output goes to {@code root/bridge-NAME.log}, named when it fails. */
    private static void runToEnd(
            Path jar, Path userHome, List<String> arguments, Path root, String name, Map<String, String> env)
            throws Exception {
        Path output = root.resolve("bridge-" + name + ".log");
        Process process = command(jar, userHome, arguments, output, env);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("bridge " + name + " failed:\n" + Files.readString(output));
        }
    }

    private static void installFromCatalog(Path jar, Path userHome, Path bridgeHome, Path root, List<Path> modules)
            throws Exception {
        Path publisher = jar.toAbsolutePath().getParent().resolve("dev-publisher");
        Prerequisites.require(
                Files.isRegularFile(publisher.resolve("publisher.p12")),
                "the development publisher key in " + publisher + " (made by the bridge build)");
        Path site = Files.createDirectories(root.resolve("catalog"));
        List<String> names = new ArrayList<>();
        for (Path module : modules) {
            Prerequisites.require(Files.isRegularFile(module), "the module jar " + module + " (build its bundle)");
            try (JarFile bundle = new JarFile(module.toFile())) {
                String name = bundle.getManifest().getMainAttributes().getValue("Bundle-SymbolicName");
                if (name == null) {
                    throw new IllegalArgumentException(module + " has no Bundle-SymbolicName: not a module jar");
                }
                names.add(name.split(";")[0].trim());
            }
            Files.copy(module, site.resolve(module.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Path file = site.resolve(exchange.getRequestURI().getPath().substring(1))
                    .normalize();
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.sendResponseHeaders(200, Files.size(file));
                try (OutputStream out = exchange.getResponseBody()) {
                    Files.copy(file, out);
                }
            }
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            String password = Files.readString(publisher.resolve("publisher.password"), StandardCharsets.UTF_8)
                    .trim();
            Path catalog = root.resolve("ncalayer.der");
            runToEnd(
                    jar,
                    userHome,
                    List.of(
                            "catalog",
                            "sign",
                            "--key",
                            publisher.resolve("publisher.p12").toString(),
                            "--password-env",
                            "PUBLISHER_PASSWORD",
                            "--bundles",
                            site.toString(),
                            "--base-url",
                            base,
                            "--out",
                            catalog.toString()),
                    root,
                    "catalog-sign",
                    Map.of("PUBLISHER_PASSWORD", password));
            Files.move(catalog, site.resolve("ncalayer.der"));
            for (String name : names) {
                runToEnd(
                        jar,
                        userHome,
                        List.of(
                                "modules",
                                "install",
                                "--home",
                                bridgeHome.toString(),
                                "--catalog-url",
                                base + "ncalayer.der",
                                name),
                        root,
                        "install-" + name,
                        Map.of());
            }
        } finally {
            server.stop(0);
        }
    }

    private static Process command(
            Path jar, Path userHome, List<String> arguments, Path output, Map<String, String> env) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Duser.home=" + userHome);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().put("HOME", userHome.toString());
        builder.environment().remove("XDG_DATA_HOME");
        builder.environment().putAll(env);
        return builder.start();
    }

    private void awaitServing() throws Exception {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the bridge stopped (exit " + process.exitValue() + "):\n" + Files.readString(output));
            }
            try {
                HttpResponse<String> status = control.send(
                        HttpRequest.newBuilder(URI.create(baseUrl())).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (status.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(
                        "the bridge did not start in " + START_TIMEOUT + ":\n" + Files.readString(output));
            }
            Thread.sleep(250);
        }
    }

    private static SSLContext trusting(Path caPem) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(caPem)) {
            trust.setCertificateEntry("bridge-ca", (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }

    public int port() {
        return port;
    }

    /** {@code wss://127.0.0.1:PORT/}, what the portal's pages connect to. */
    public String wssUrl() {
        return "wss://127.0.0.1:" + port + "/";
    }

    /** The HOME whose NSS database trusts the bridge (give it to the browser). */
    public Path userHome() {
        return userHome;
    }

    private String baseUrl() {
        return "https://127.0.0.1:" + port + "/";
    }

    /** The next key choice uses {@code keyFile} (e.g. {@code tsr1_auth.p12}). */
    public void nextKey(String keyFile) throws Exception {
        next(JSON.writeValueAsString(Map.of("key", keyFile)));
    }

    /** The next file choice (a module's, e.g. NURSign's {@code file} type) answers {@code file}. */
    public void nextFile(Path file) throws Exception {
        next(JSON.writeValueAsString(Map.of("file", file.toAbsolutePath().toString())));
    }

    /** The next key choice is cancelled. */
    public void nextCancel() throws Exception {
        next("{\"answer\":\"cancel\"}");
    }

    /** The next key choice gets wrong passwords. */
    public void nextWrongPassword() throws Exception {
        next("{\"answer\":\"wrong-password\"}");
    }

    private void next(String body) throws Exception {
        HttpResponse<String> response = control.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "unattended/next"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the bridge refused " + body + ": " + response.body());
        }
    }

    /** {@code GET /unattended/log}: every answer given, with the key file and certificate serial used. */
    public JsonNode log() throws Exception {
        HttpResponse<String> response = control.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "unattended/log"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    /** What the bridge printed so far (for failure messages). */
    public String output() throws IOException {
        return Files.readString(output);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}

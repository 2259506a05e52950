package kz.qoltanba.bundle.nursign;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Assumptions;

/**
 * The bridge started as a user's machine starts it: {@code java -jar qoltanba-bridge.jar ...} in its own
 * process, its output collected for the test to read.
 */
final class BridgeProcess implements AutoCloseable {
    private final Process process;
    private final int port;
    private final StringBuffer output = new StringBuffer();

    private BridgeProcess(Process process, int port) {
        this.process = process;
        this.port = port;
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        Thread reader = new Thread(this::collect, "bridge-output");
        reader.setDaemon(true);
        reader.start();
    }

    static Path bridgeJar() {
        String jar = System.getProperty("qoltanba.bridge.jar");
        // surefire runs *IT classes too when -Dtest names them; they belong to failsafe, which sets the jars
        Assumptions.assumeTrue(jar != null, "qoltanba.bridge.jar is set by failsafe (see the pom)");
        return Path.of(jar);
    }

    static Path moduleJar() {
        String jar = System.getProperty("qoltanba.nursign.jar");
        Assumptions.assumeTrue(jar != null, "qoltanba.nursign.jar is set by failsafe (see the pom)");
        return Path.of(jar);
    }

    /** {@code serve --unattended} on a free port; returns once it listens. */
    static BridgeProcess serve(Map<String, String> env, List<String> jvmOptions, List<String> serveOptions)
            throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(java(jvmOptions));
        command.addAll(List.of("serve", "--unattended", "--port", String.valueOf(port)));
        command.addAll(serveOptions);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        BridgeProcess bridge = new BridgeProcess(builder.start(), port);
        bridge.awaitLog("Listening on", Duration.ofSeconds(60));
        return bridge;
    }

    /** Runs a bridge command to its end; answers the exit code and output. */
    static Result run(Map<String, String> env, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(java(List.of()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the bridge command did not end: " + List.of(arguments));
        }
        return new Result(process.exitValue(), out);
    }

    record Result(int exitCode, String output) {}

    private static List<String> java(List<String> jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(bridgeJar().toString());
        return command;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    String log() {
        return output.toString();
    }

    void awaitLog(String text, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!output.toString().contains(text)) {
            if (!process.isAlive()) {
                throw new AssertionError("the bridge ended (exit " + process.exitValue() + "):\n" + output);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the bridge did not log '" + text + "' within " + timeout + ":\n" + output);
            }
            Thread.sleep(50);
        }
    }

    /** {@code POST /unattended/next} with a JSON answer; returns the HTTP status. */
    int queue(String json) throws Exception {
        HttpsURLConnection connection =
                (HttpsURLConnection) URI.create("https://127.0.0.1:" + port + "/unattended/next")
                        .toURL()
                        .openConnection();
        connection.setSSLSocketFactory(trustAll().getSocketFactory());
        connection.setHostnameVerifier((host, session) -> true);
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/json");
        try (OutputStream out = connection.getOutputStream()) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        int status = connection.getResponseCode();
        connection.disconnect();
        return status;
    }

    /** {@code GET /unattended/log}: what the unattended host answered, showed and was offered, oldest first. */
    String unattendedLog() throws Exception {
        HttpsURLConnection connection = (HttpsURLConnection) URI.create("https://127.0.0.1:" + port + "/unattended/log")
                .toURL()
                .openConnection();
        connection.setSSLSocketFactory(trustAll().getSocketFactory());
        connection.setHostnameVerifier((host, session) -> true);
        try (var in = connection.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            connection.disconnect();
        }
    }

    static SSLContext trustAll() throws Exception {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
        return context;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private void collect() {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                output.append(line).append('\n');
            }
        } catch (IOException e) {
            output.append("(output ended: ").append(e.getMessage()).append(")\n");
        }
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

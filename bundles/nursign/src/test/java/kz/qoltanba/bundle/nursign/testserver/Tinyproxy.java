package kz.qoltanba.bundle.nursign.testserver;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A real {@code tinyproxy} on {@code 127.0.0.1} in the foreground, with its configuration and log in a work
 * folder. Its log is the proof that traffic went through it: {@link #requestLines()} are its
 * {@code Request (file descriptor N): METHOD URL HTTP/1.x} lines (CONNECT for tunnels).
 */
public final class Tinyproxy implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

    private final Process process;
    private final int port;
    private final Path log;

    private Tinyproxy(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The executable: {@code /usr/bin/tinyproxy}, else the first on {@code PATH}. */
    public static Optional<Path> executable() {
        Path usual = Path.of("/usr/bin/tinyproxy");
        if (Files.isExecutable(usual)) {
            return Optional.of(usual);
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(java.io.File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "tinyproxy"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /**
     * Starts tinyproxy; with {@code basicUser} it demands Basic authentication ({@code BasicAuth}); CONNECT is
     * allowed to {@code connectPorts} only (tinyproxy allows every port when none is listed).
     */
    public static Tinyproxy start(Path workDir, String basicUser, String basicPassword, int... connectPorts)
            throws IOException, InterruptedException {
        Path executable = executable().orElseThrow(() -> new IOException("tinyproxy is not installed"));
        IOException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            int port = freePort();
            Path log = workDir.resolve("tinyproxy-" + port + ".log");
            Path config = workDir.resolve("tinyproxy-" + port + ".conf");
            Files.writeString(
                    config, config(port, log, basicUser, basicPassword, connectPorts), StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(executable.toString(), "-d", "-c", config.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(
                            workDir.resolve("tinyproxy-" + port + ".out").toFile())
                    .start();
            if (awaitListening(process, port)) {
                return new Tinyproxy(process, port, log);
            }
            process.destroyForcibly().waitFor();
            last = new IOException("tinyproxy did not start on port " + port + "; see " + workDir);
        }
        throw last;
    }

    private static String config(int port, Path log, String user, String password, int... connectPorts) {
        StringBuilder text = new StringBuilder()
                .append("Port ")
                .append(port)
                .append('\n')
                .append("Listen 127.0.0.1\n")
                .append("Timeout 60\n")
                .append("MaxClients 50\n")
                .append("Allow 127.0.0.1\n")
                .append("LogFile \"")
                .append(log)
                .append("\"\n")
                .append("LogLevel Info\n");
        for (int connectPort : connectPorts) {
            text.append("ConnectPort ").append(connectPort).append('\n');
        }
        if (user != null) {
            text.append("BasicAuth ").append(user).append(' ').append(password).append('\n');
        }
        return text.toString();
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return port;
    }

    /** The whole log so far. */
    public String log() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
    }

    /** The {@code METHOD URL HTTP/1.x} part of every request line tinyproxy logged, in order. */
    public List<String> requestLines() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : log().split("\n")) {
            int at = line.indexOf("): ");
            if (line.contains("Request (file descriptor") && at > 0) {
                lines.add(line.substring(at + 3).trim());
            }
        }
        return lines;
    }

    private static boolean awaitListening(Process process, int port) throws InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return true;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        return false;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}

package kz.qoltanba.benchmarks.bridge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A floor server in a JVM of its own: this benchmark's class path, a main class that prints its port on the
 * first line of its standard output and serves until stopped. Closing stops it.
 */
final class PortServer implements AutoCloseable {
    private final Process process;
    final int port;

    private PortServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static PortServer start(Class<?> mainClass, ProcessBuilder.Redirect errors, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                System.getProperty("java.class.path"),
                mainClass.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(errors).start();
        String portLine = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))
                .readLine();
        if (portLine == null) {
            process.destroy();
            throw new IOException(mainClass.getSimpleName() + " stopped before it listened");
        }
        return new PortServer(process, Integer.parseInt(portLine.strip()));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}

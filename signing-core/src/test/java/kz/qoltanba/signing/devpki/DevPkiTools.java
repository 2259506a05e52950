package kz.qoltanba.signing.devpki;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.qoltanba.signing.testutil.Prerequisites;

/** Runs external tools; a missing tool skips the test locally and fails it in CI ({@code CI=true}). */
final class DevPkiTools {
    private DevPkiTools() {}

    static void requireTool(String tool) {
        boolean present;
        try {
            Process process = new ProcessBuilder(tool, "version")
                    .redirectErrorStream(true)
                    .start();
            process.getInputStream().readAllBytes();
            present = process.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            present = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            present = false;
        }
        Prerequisites.require(present, "the tool '" + tool + "' is not installed");
    }

    /** Runs a command in {@code directory}; returns its exit code and combined output. */
    static Result run(Path directory, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command))
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("timed out: " + String.join(" ", command));
        }
        return new Result(process.exitValue(), output);
    }

    record Result(int exitCode, String output) {}
}

package kz.qoltanba.bridge.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.qoltanba.signing.testutil.Prerequisites;

/** External tools the command-line tests call: skipped when missing locally, a failure in CI. */
final class CliTools {
    /** What a finished process printed and returned. */
    record Outcome(int exitCode, String output) {}

    private CliTools() {}

    static void require(String tool) {
        Prerequisites.require(isInstalled(tool), "the tool '" + tool + "' is not installed");
    }

    /** Runs a command and returns its exit code with stdout and stderr together. */
    static Outcome run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(command.get(0) + " did not finish within 60 seconds");
        }
        return new Outcome(process.exitValue(), output);
    }

    private static boolean isInstalled(String tool) {
        try {
            Process process = new ProcessBuilder(tool, "version")
                    .redirectErrorStream(true)
                    .start();
            process.getInputStream().readAllBytes();
            return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

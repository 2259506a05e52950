package kz.qoltanba.signing.cms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.qoltanba.signing.testutil.Prerequisites;

/**
 * External tools for interop tests (openssl and its GOST engine): a missing tool skips the test with a
 * message naming it, except in CI ({@code CI=true}) where it fails.
 */
final class CmsTools {
    private CmsTools() {}

    record Result(int exitCode, String output) {}

    static void requireOpenssl() {
        require("openssl", List.of("openssl", "version"));
    }

    static void requireGostEngine() {
        requireOpenssl();
        require("the openssl GOST engine (libengine-gost-openssl)", List.of("openssl", "engine", "gost"));
    }

    private static void require(String tool, List<String> probe) {
        boolean present;
        try {
            present = run(probe).exitCode() == 0;
        } catch (IllegalStateException e) {
            present = false;
        }
        Prerequisites.require(present, tool + " is not installed; this interop test needs it");
    }

    static Result run(List<String> command) {
        return run(command, null);
    }

    static Result run(List<String> command, Path directory) {
        try {
            ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
            if (directory != null) {
                builder.directory(directory.toFile());
            }
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + command);
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static Path writePem(Path file, String label, byte[]... ders) throws IOException {
        StringBuilder text = new StringBuilder();
        for (byte[] der : ders) {
            text.append("-----BEGIN ")
                    .append(label)
                    .append("-----\n")
                    .append(Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der))
                    .append("\n-----END ")
                    .append(label)
                    .append("-----\n");
        }
        return Files.writeString(file, text.toString(), StandardCharsets.US_ASCII);
    }
}

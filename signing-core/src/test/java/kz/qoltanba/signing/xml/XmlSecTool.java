package kz.qoltanba.signing.xml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.qoltanba.signing.testutil.Prerequisites;

/** Runs {@code xmlsec1}: skips when it is absent on a developer machine, fails when {@code CI=true}. */
final class XmlSecTool {
    private XmlSecTool() {}

    record Result(int exitCode, String output) {}

    static void requireInstalled() {
        boolean present;
        try {
            present = run(List.of("--version")).exitCode() == 0;
        } catch (IOException e) {
            present = false;
        }
        Prerequisites.require(present, "xmlsec1 is not installed (Debian package xmlsec1); the interop test needs it");
    }

    static Result run(List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add("xmlsec1");
        command.addAll(arguments);
        Path log = java.nio.file.Files.createTempFile("xmlsec1", ".log");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("xmlsec1 did not finish within 60 s: " + command);
            }
            return new Result(process.exitValue(), java.nio.file.Files.readString(log, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running xmlsec1", e);
        } finally {
            java.nio.file.Files.deleteIfExists(log);
        }
    }

    static Result run(String... arguments) throws IOException {
        return run(List.of(arguments));
    }

    static String path(Path file) {
        return file.toAbsolutePath().toString();
    }
}

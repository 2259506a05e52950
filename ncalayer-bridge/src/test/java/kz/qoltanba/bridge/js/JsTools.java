package kz.qoltanba.bridge.js;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.qoltanba.signing.testutil.Prerequisites;

/**
 * External programs the browser tests need (npm, Chromium, chromedriver, openssl, xmlsec1): a missing one skips
 * the test locally and fails it in CI.
 */
final class JsTools {
    /** The published client version the tests run against. */
    static final String CLIENT_VERSION = "1.5.6";

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    record Outcome(int exitCode, String output) {}

    private JsTools() {}

    static void require(String program) {
        boolean present = program.startsWith("/") ? Files.isExecutable(Path.of(program)) : onPath(program);
        Prerequisites.require(present, "the program '" + program + "' is not installed");
    }

    /**
     * Installs {@code ncalayer-js-client@CLIENT_VERSION} with npm into {@code target/js} (once) and returns the
     * package folder.
     */
    static Path installClient() throws IOException, InterruptedException {
        Path prefix = Path.of("target", "js").toAbsolutePath();
        Path pkg = prefix.resolve("node_modules").resolve("ncalayer-js-client");
        Path manifest = pkg.resolve("package.json");
        if (!Files.isRegularFile(manifest)
                || !Files.readString(manifest).contains("\"version\": \"" + CLIENT_VERSION + "\"")) {
            Files.createDirectories(prefix);
            Outcome npm = run(List.of(
                    "npm",
                    "install",
                    "--no-audit",
                    "--no-fund",
                    "--prefix",
                    prefix.toString(),
                    "ncalayer-js-client@" + CLIENT_VERSION));
            if (npm.exitCode() != 0) {
                throw new IOException("npm install ncalayer-js-client@" + CLIENT_VERSION + " failed: " + npm.output());
            }
        }
        return pkg;
    }

    /** Runs a command and returns its exit code with stdout and stderr together. */
    static Outcome run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(command.get(0) + " did not finish within 120 seconds");
        }
        return new Outcome(process.exitValue(), output);
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}

package kz.qoltanba.bridge.tls;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs NSS {@code certutil} (package {@code libnss3-tools}) without a terminal: stdin is empty and every
 * command that could ask for a database password gets an empty password file, so it can never hang on a prompt.
 */
final class Certutil {
    private static final long TIMEOUT_SECONDS = 30;

    private final String executable;

    Certutil(String executable) {
        this.executable = executable;
    }

    record Result(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    /** True when the executable can be started at all. */
    boolean available() {
        try {
            run(List.of("-H"));
            return true;
        } catch (TrustStoreException e) {
            return false;
        }
    }

    String executable() {
        return executable;
    }

    /** Runs certutil with these arguments and an empty password file appended as {@code -f FILE} when asked. */
    Result run(List<String> arguments, boolean withPasswordFile) throws TrustStoreException {
        if (!withPasswordFile) {
            return run(arguments);
        }
        Path passwordFile = null;
        try {
            passwordFile = Files.createTempFile("qoltanba-nss", ".pw");
            List<String> all = new ArrayList<>(arguments);
            all.add("-f");
            all.add(passwordFile.toString());
            return run(all);
        } catch (IOException e) {
            throw new TrustStoreException("Cannot create a temporary file for certutil: " + e.getMessage(), e);
        } finally {
            deleteQuietly(passwordFile);
        }
    }

    Result run(List<String> arguments) throws TrustStoreException {
        List<String> command = new ArrayList<>();
        command.add(executable);
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        try {
            Process process = builder.start();
            byte[] output;
            try (InputStream in = process.getInputStream()) {
                output = in.readAllBytes();
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new TrustStoreException("certutil did not finish within " + TIMEOUT_SECONDS + " s", null);
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new TrustStoreException(
                    "certutil ('" + executable + "') cannot be run: " + e.getMessage()
                            + ". Install it (Debian/Ubuntu: apt install libnss3-tools; Fedora: dnf install nss-tools).",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TrustStoreException("Interrupted while running certutil", e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover empty temporary file holds no secret
        }
    }
}

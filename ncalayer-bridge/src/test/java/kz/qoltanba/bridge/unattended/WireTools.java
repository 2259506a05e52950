package kz.qoltanba.bridge.unattended;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.qoltanba.signing.testutil.Prerequisites;

/** {@code openssl} for the end-to-end tests: skipped with a message when absent, a failure when {@code CI=true}. */
final class WireTools {
    private WireTools() {}

    static void requireOpenssl() {
        boolean present = false;
        try {
            Process process = new ProcessBuilder("openssl", "version")
                    .redirectErrorStream(true)
                    .start();
            process.getInputStream().readAllBytes();
            present = process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (Exception e) {
            present = false;
        }
        Prerequisites.require(present, "openssl is not installed; the openssl cms -verify checks need it");
    }

    /**
     * {@code openssl cms -verify} of a DER CMS against {@code caFile} (root and intermediate, PEM); with
     * {@code content} for a detached one. Fails the test with openssl's output when it does not verify.
     */
    static void opensslVerifies(Path work, byte[] cms, byte[] content, Path caFile) throws Exception {
        Path in = Files.createTempFile(work, "sig", ".der");
        Files.write(in, cms);
        List<String> command = new ArrayList<>(List.of(
                "openssl",
                "cms",
                "-verify",
                "-binary",
                "-inform",
                "DER",
                "-in",
                in.toString(),
                "-CAfile",
                caFile.toString(),
                "-purpose",
                "any",
                "-out",
                work.resolve("out.bin").toString()));
        if (content != null) {
            Path data = Files.createTempFile(work, "content", ".bin");
            Files.write(data, content);
            command.addAll(List.of("-content", data.toString()));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("openssl cms -verify: %s", output).isZero();
        assertThat(output).contains("Verification successful");
    }
}

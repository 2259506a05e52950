package kz.qoltanba.bundle.nursign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qoltanba.bundle.nursign.testserver.ContractPortal;
import kz.qoltanba.signing.validation.Indication;

/** One {@code file} sign-and-upload of a generated file through the bridge, timed; for the large-file test and the benchmark. */
final class LargeUpload {
    private static final Pattern HEAP_BEFORE_GC = Pattern.compile("Pause .*? (\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private LargeUpload() {}

    record Outcome(Duration elapsed, long size) {}

    /** A file of {@code size} bytes: a random 1 MiB block repeated (fast to write, not all zeros). */
    static Path generate(Path folder, String name, long size) throws IOException {
        byte[] block = new byte[1 << 20];
        new Random(size).nextBytes(block);
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < size; written += block.length) {
                out.write(block, 0, (int) Math.min(block.length, size - written));
            }
        }
        return file;
    }

    /** Signs and uploads {@code file} and checks that the portal received it whole with a valid signature. */
    static Outcome signAndUpload(NursignWorld world, BridgeProcess bridge, ContractPortal portal, Path file)
            throws Exception {
        long size = Files.size(file);
        try (BridgeSocket socket = BridgeSocket.connect(bridge.port(), NursignWorld.ORIGIN)) {
            assertThat(bridge.queue("{\"file\":\"" + file + "\"}")).isEqualTo(200);
            long start = System.nanoTime();
            JsonNode answer = socket.call(
                    "{\"module\":\"NURSign\",\"type\":\"file\",\"token\":\"bench\",\"url_upload\":\""
                            + portal.uploadUrl() + "\"}",
                    600);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            assertThat(answer.path("errorCode").asText()).as(answer.toString()).isEqualTo("NONE");
            assertThat(answer.path("result").path("file_size").asLong()).isEqualTo(size);
            List<ContractPortal.Upload> uploads = portal.uploads();
            ContractPortal.Upload upload = uploads.get(uploads.size() - 1);
            assertThat(upload.fileSize()).isEqualTo(size);
            assertThat(upload.fileSha256()).isEqualTo(upload.hash());
            assertThat(portal.verify(upload, world.verifier(), world.verification())
                            .indication())
                    .isEqualTo(Indication.TOTAL_PASSED);
            upload.file().ifPresent(LargeUpload::deleteQuietly);
            return new Outcome(elapsed, size);
        }
    }

    /** The largest heap occupancy before a collection, in MiB, from a {@code -Xlog:gc:file=...} log. */
    static long peakHeapMiB(Path gcLog) throws IOException {
        long peak = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = HEAP_BEFORE_GC.matcher(line);
            if (m.find()) {
                peak = Math.max(peak, Long.parseLong(m.group(1)));
            }
        }
        return peak;
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file; the test's folder is removed anyway
        }
    }
}

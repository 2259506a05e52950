package kz.qoltanba.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Detached CMS signing of a large file against {@code openssl dgst -sha256} on the same file. JMH does not
 * suit a 1 GiB input, so this is a plain harness: it writes a pseudo-random file into a temporary
 * directory, reads it once so both sides find it in the page cache, then alternates {@code runs} times
 * between openssl (a spawned process, wall time) and our signer (a forked JVM with {@code -Xmx64m}, the
 * time of the signing call, see {@link DetachedSignChild}). Each round also checks that the CMS
 * messageDigest equals OpenSSL's SHA-256 of the file. A final child signs a 1 KiB file for the heap
 * comparison. The directory is deleted at the end.
 *
 * <p>Usage: {@code java -cp benchmarks.jar kz.qoltanba.benchmarks.DetachedSigningVsOpenSsl [MiB] [runs]}
 */
public final class DetachedSigningVsOpenSsl {
    private static final int MIB = 1024 * 1024;
    private static final String CHILD_HEAP = "-Xmx64m";

    private DetachedSigningVsOpenSsl() {}

    public static void main(String[] args) throws Exception {
        int mebibytes = args.length > 0 ? Integer.parseInt(args[0]) : 1024;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path directory = Files.createTempDirectory("qoltanba-bench");
        Path large = directory.resolve("large.bin");
        Path small = directory.resolve("small.bin");
        try {
            write(large, (long) mebibytes * MIB);
            write(small, 1024);
            String expected = opensslSha256(large).digestHex();
            List<Long> openssl = new ArrayList<>();
            List<Long> ours = new ArrayList<>();
            long largePeak = 0;
            long largeBaseline = 0;
            long largeAllocated = 0;
            for (int run = 1; run <= runs; run++) {
                Timed digest = opensslSha256(large);
                ChildResult signed = signInChild(large);
                if (!digest.digestHex().equals(expected) || !signed.digestHex().equals(expected)) {
                    throw new IllegalStateException(
                            "messageDigest " + signed.digestHex() + " differs from openssl's " + digest.digestHex());
                }
                openssl.add(digest.nanos());
                ours.add(signed.nanos());
                largePeak = Math.max(largePeak, signed.peakHeap());
                largeBaseline = Math.max(largeBaseline, signed.baselineHeap());
                largeAllocated = Math.max(largeAllocated, signed.allocated());
                System.out.printf(
                        Locale.ROOT,
                        "run %d: openssl dgst -sha256 %.3f s, CmsSigner.sign(InputStream) %.3f s, ratio %.3f,"
                                + " peak heap %.2f MiB, allocated while signing %.2f MiB, CMS %d bytes%n",
                        run,
                        seconds(digest.nanos()),
                        seconds(signed.nanos()),
                        (double) signed.nanos() / digest.nanos(),
                        (double) signed.peakHeap() / MIB,
                        (double) signed.allocated() / MIB,
                        signed.cmsLength());
            }
            ChildResult tiny = signInChild(small);
            long bestOpenssl = openssl.stream().mapToLong(Long::longValue).min().orElseThrow();
            long bestOurs = ours.stream().mapToLong(Long::longValue).min().orElseThrow();
            System.out.printf(
                    Locale.ROOT,
                    "median of %d: openssl %.3f s, ours %.3f s, ratio %.3f%n",
                    runs,
                    seconds(median(openssl)),
                    seconds(median(ours)),
                    (double) median(ours) / median(openssl));
            System.out.printf(
                    Locale.ROOT,
                    "file %d MiB; best of %d: openssl %.3f s (%.0f MiB/s), ours %.3f s (%.0f MiB/s);"
                            + " ratio ours/openssl %.3f (target <= 1.15)%n",
                    mebibytes,
                    runs,
                    seconds(bestOpenssl),
                    mebibytes / seconds(bestOpenssl),
                    seconds(bestOurs),
                    mebibytes / seconds(bestOurs),
                    (double) bestOurs / bestOpenssl);
            System.out.printf(
                    Locale.ROOT,
                    "heap while signing (%s), peak (live before signing; allocated while signing): %d MiB file"
                            + " %.2f MiB (%.2f MiB; %.2f MiB), 1 KiB file %.2f MiB (%.2f MiB; %.2f MiB)%n",
                    CHILD_HEAP,
                    mebibytes,
                    (double) largePeak / MIB,
                    (double) largeBaseline / MIB,
                    (double) largeAllocated / MIB,
                    (double) tiny.peakHeap() / MIB,
                    (double) tiny.baselineHeap() / MIB,
                    (double) tiny.allocated() / MIB);
        } finally {
            Files.deleteIfExists(large);
            Files.deleteIfExists(small);
            Files.deleteIfExists(directory);
        }
    }

    /** Pseudo-random bytes, so that no layer can compress or deduplicate the file. */
    private static void write(Path file, long size) throws IOException {
        SplittableRandom random = new SplittableRandom(2026);
        byte[] block = new byte[MIB];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long left = size; left > 0; left -= block.length) {
                random.nextBytes(block);
                out.write(block, 0, (int) Math.min(block.length, left));
            }
        }
    }

    private static Timed opensslSha256(Path file) throws IOException, InterruptedException {
        long start = System.nanoTime();
        String output = run(List.of("openssl", "dgst", "-sha256", "-r", file.toString()));
        long nanos = System.nanoTime() - start;
        return new Timed(nanos, output.substring(0, output.indexOf(' ')));
    }

    private static ChildResult signInChild(Path file) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String[] fields = run(List.of(
                        java.toString(),
                        CHILD_HEAP,
                        "-cp",
                        System.getProperty("java.class.path"),
                        DetachedSignChild.class.getName(),
                        file.toString()))
                .strip()
                .split(" ");
        return new ChildResult(
                Long.parseLong(fields[0]),
                Long.parseLong(fields[1]),
                fields[2],
                Integer.parseInt(fields[3]),
                Long.parseLong(fields[4]),
                Long.parseLong(fields[5]));
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        byte[] output = process.getInputStream().readAllBytes();
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(
                    command.get(0) + " exited with " + exit + ": " + Arrays.toString(command.toArray()));
        }
        String text = new String(output, StandardCharsets.UTF_8);
        return text.lines().reduce((first, last) -> last).orElse("");
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private record Timed(long nanos, String digestHex) {}

    private record ChildResult(
            long nanos, long peakHeap, String digestHex, int cmsLength, long baselineHeap, long allocated) {}
}

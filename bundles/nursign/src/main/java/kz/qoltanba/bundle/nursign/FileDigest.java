package kz.qoltanba.bundle.nursign;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletionException;
import java.util.function.LongConsumer;
import kz.qoltanba.bridge.spi.HostDialogs;

/** A chosen file's size and SHA-256, read once in constant memory; too large: 2, gone or unreadable: 4. */
record FileDigest(Path file, long size, byte[] sha256) {
    private static final int BUFFER = 64 * 1024;

    String hex() {
        return HexFormat.of().formatHex(sha256);
    }

    static FileDigest of(Call call, Path file, HostDialogs dialogs) {
        try {
            if (!Files.isRegularFile(file)) {
                throw gone(file, null);
            }
            long size = Files.size(file);
            long limit = call.settings().maxFileSizeBytes();
            if (size > limit) {
                throw new CompletionException(new NursignException(
                        ErrorCode.FILE_TOO_LARGE,
                        "The file has " + size + " bytes; max_file_size allows " + limit + " bytes."));
            }
            try (Progress progress = Progress.open(dialogs, call, Progress.HASHING, size)) {
                return new FileDigest(file, size, sha256(file, progress.bytes()));
            }
        } catch (NoSuchFileException e) {
            throw gone(file, e);
        } catch (IOException e) {
            throw new CompletionException(new NursignException(
                    ErrorCode.FILE_GONE,
                    "The chosen file " + file.getFileName() + " could not be read ("
                            + e.getClass().getSimpleName() + ").",
                    e));
        }
    }

    private static byte[] sha256(Path file, LongConsumer bytesRead) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
        byte[] buffer = new byte[BUFFER];
        long done = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
                done += read;
                bytesRead.accept(done);
            }
        }
        return digest.digest();
    }

    private static CompletionException gone(Path file, Throwable cause) {
        return new CompletionException(new NursignException(
                ErrorCode.FILE_GONE, "The chosen file " + file.getFileName() + " no longer exists.", cause));
    }
}

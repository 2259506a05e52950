package kz.qoltanba.bundle.nursign;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import kz.qoltanba.bridge.spi.DigestSource;
import kz.qoltanba.bridge.spi.HostDialogs;
import kz.qoltanba.signing.UnsupportedAlgorithmException;
import kz.qoltanba.signing.algorithm.DigestAlgorithms;

/**
 * What the host asks once the key is chosen: a file's digest in the key's algorithm. SHA-256 comes from the first
 * pass; any other digest (GOST) is a second streaming pass in constant memory, with progress, which also recomputes
 * SHA-256 so that a file changed since the first pass is refused rather than signed under a hash it no longer
 * has. Failures are {@link IOException}s whose cause is the module's {@link NursignException}.
 */
final class StreamedDigest implements DigestSource {
    static final String SHA256_OID = "2.16.840.1.101.3.4.2.1";
    private static final int BUFFER = 64 * 1024;

    private final Call call;
    private final Supplier<HostDialogs> dialogs;
    private final Path file;
    private final String shownName;
    private final long size;
    private final byte[] sha256;
    private final ErrorCode unreadable;

    /**
     * @param shownName the file's name as messages may show it (never a local path)
     * @param unreadable the code when the file is gone, unreadable or changed (4 for a chosen file)
     */
    StreamedDigest(
            Call call,
            Supplier<HostDialogs> dialogs,
            Path file,
            String shownName,
            long size,
            byte[] sha256,
            ErrorCode unreadable) {
        this.call = call;
        this.unreadable = unreadable;
        this.dialogs = dialogs;
        this.file = file;
        this.shownName = shownName;
        this.size = size;
        this.sha256 = sha256.clone();
    }

    @Override
    public byte[] digest(String digestAlgorithmOid) throws IOException {
        if (SHA256_OID.equals(digestAlgorithmOid)) {
            return sha256.clone();
        }
        MessageDigest wanted = newDigest(digestAlgorithmOid);
        MessageDigest again = newDigest(SHA256_OID);
        try (Progress progress = Progress.open(dialogs.get(), call, Progress.KEY_HASHING, size);
                InputStream in = Files.newInputStream(file)) {
            LongConsumer shown = progress.bytes();
            byte[] buffer = new byte[BUFFER];
            long done = 0;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                wanted.update(buffer, 0, read);
                again.update(buffer, 0, read);
                done += read;
                shown.accept(done);
            }
        } catch (NoSuchFileException e) {
            throw failure(unreadable, "The file " + shownName + " no longer exists.", e);
        } catch (IOException e) {
            throw failure(
                    unreadable,
                    "The file " + shownName + " could not be read again ("
                            + e.getClass().getSimpleName() + ").",
                    e);
        }
        if (!Arrays.equals(again.digest(), sha256)) {
            throw failure(unreadable, "The file " + shownName + " changed while it was being signed.", null);
        }
        return wanted.digest();
    }

    private static MessageDigest newDigest(String oid) throws IOException {
        try {
            return DigestAlgorithms.newDigest(oid);
        } catch (UnsupportedAlgorithmException e) {
            throw failure(ErrorCode.CMS_FAILED, "The chosen key's digest algorithm " + oid + " is not supported.", e);
        }
    }

    private static IOException failure(ErrorCode code, String message, Throwable cause) {
        return new IOException(message, new NursignException(code, message, cause));
    }
}

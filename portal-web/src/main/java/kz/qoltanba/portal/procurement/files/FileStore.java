package kz.qoltanba.portal.procurement.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Files on disk, one per SHA-256 under {@code directory}; incoming bytes go to {@code directory/incoming}
 * first, copied through a fixed buffer (constant memory) while hashed and counted.
 */
public final class FileStore {
    private final Path directory;
    private final Path incoming;

    public FileStore(Path directory) throws IOException {
        this.directory = Files.createDirectories(directory);
        this.incoming = Files.createDirectories(directory.resolve("incoming"));
    }

    /** Copies {@code in} to a temporary file; more than {@code maxBytes} bytes → 413, the copy removed. */
    ReceivedFile receive(InputStream in, long maxBytes) throws IOException {
        Path temporary = Files.createTempFile(incoming, "upload-", ".part");
        MessageDigest sha = sha256();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(temporary)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                size += n;
                if (size > maxBytes) {
                    throw new UploadRefusedException(
                            413,
                            "FILE_TOO_LARGE",
                            "the file is larger than " + maxBytes + " bytes (" + maxBytes / (1024 * 1024)
                                    + " MiB), the portal's limit");
                }
                sha.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        return new ReceivedFile(temporary, HexFormat.of().formatHex(sha.digest()), size);
    }

    /** Moves a received file to its place by hash (keeping an identical file already there); returns its name. */
    String keep(ReceivedFile file) throws IOException {
        Path target = directory.resolve(file.sha256());
        try {
            Files.move(file.temporary(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(file.temporary());
        }
        if (Files.exists(file.temporary())) {
            Files.deleteIfExists(file.temporary());
        }
        return file.sha256();
    }

    void discard(ReceivedFile file) throws IOException {
        Files.deleteIfExists(file.temporary());
    }

    Path path(String storageName) {
        return directory.resolve(storageName);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK offers no SHA-256", e);
        }
    }
}

package kz.qoltanba.portal.procurement.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import kz.qoltanba.portal.db.PortalDatabase;

/**
 * Files in PostgreSQL (table {@code procurement_file_content}), one row per SHA-256, so that every portal instance
 * on the database sees every file. Incoming bytes go to a temporary file in {@code directory/incoming} first,
 * copied through a fixed buffer while hashed and counted, and are streamed from there into the database; a stored
 * file is streamed back into a temporary file to check a signature over it. Files kept on disk under {@code
 * directory} by earlier versions are still read.
 */
public final class FileStore {
    private final Path directory;
    private final Path incoming;
    private final PortalDatabase db;

    public FileStore(Path directory, PortalDatabase db) throws IOException {
        this.directory = Files.createDirectories(directory);
        this.incoming = Files.createDirectories(directory.resolve("incoming"));
        this.db = db;
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

    /**
     * Streams a received file into the database by hash (keeping an identical file already there) and removes the
     * temporary copy; returns its storage name (the hash).
     */
    String keep(ReceivedFile file) throws IOException {
        try (InputStream in = Files.newInputStream(file.temporary())) {
            db.inTransaction(c -> {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO procurement_file_content (sha256, size,"
                        + " content) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING")) {
                    s.setString(1, file.sha256());
                    s.setLong(2, file.size());
                    s.setBinaryStream(3, in, file.size());
                    return s.executeUpdate();
                }
            });
        } finally {
            Files.deleteIfExists(file.temporary());
        }
        return file.sha256();
    }

    /**
     * A temporary copy of the stored file {@code storageName}, for reading it as a file; the caller removes it with
     * {@link #discard(Path)}.
     */
    Path copyOut(String storageName) throws IOException {
        Path temporary = Files.createTempFile(incoming, "stored-", ".part");
        try {
            boolean found = db.inTransaction(c -> {
                try (PreparedStatement s =
                        c.prepareStatement("SELECT content FROM procurement_file_content WHERE sha256 = ?")) {
                    s.setString(1, storageName);
                    try (ResultSet r = s.executeQuery()) {
                        if (!r.next()) {
                            return false;
                        }
                        try (InputStream in = r.getBinaryStream(1)) {
                            Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        return true;
                    }
                }
            });
            if (!found) {
                Path legacy = directory.resolve(storageName);
                if (!Files.isRegularFile(legacy)) {
                    throw new IOException("the content of the stored file " + storageName + " is missing");
                }
                Files.copy(legacy, temporary, StandardCopyOption.REPLACE_EXISTING);
            }
            return temporary;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    void discard(ReceivedFile file) throws IOException {
        Files.deleteIfExists(file.temporary());
    }

    void discard(Path copy) throws IOException {
        Files.deleteIfExists(copy);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK offers no SHA-256", e);
        }
    }
}

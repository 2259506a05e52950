package kz.qoltanba.signing.token;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import kz.qoltanba.signing.CorruptKeyStoreException;
import kz.qoltanba.signing.KeyNotFoundException;

/** Reads a key file whole, refusing what cannot be one: missing, empty, or implausibly large. */
final class KeyFileBytes {
    /** Key files hold a key and a few certificates: kilobytes. A bound keeps a wrong path from exhausting memory. */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    private KeyFileBytes() {}

    static byte[] read(Path file) throws KeyNotFoundException, CorruptKeyStoreException {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new CorruptKeyStoreException(file.getFileName() + ": the key file is empty");
            }
            if (size > MAX_BYTES) {
                throw new CorruptKeyStoreException(
                        file.getFileName() + ": " + size + " bytes is too large for a key file");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new KeyNotFoundException("no key file at " + file);
        } catch (IOException e) {
            throw new CorruptKeyStoreException(file.getFileName() + ": cannot read the key file: " + e.getMessage(), e);
        }
    }
}

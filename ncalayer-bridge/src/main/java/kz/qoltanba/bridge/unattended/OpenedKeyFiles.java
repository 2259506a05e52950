package kz.qoltanba.bridge.unattended;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.token.KeyEntry;
import kz.qoltanba.signing.token.KeyStoreSource;
import kz.qoltanba.signing.token.KeyStores;
import kz.qoltanba.signing.token.StorageType;

/**
 * The key files unattended mode has opened, kept open for the life of the process so that a request does not pay
 * for the PKCS#12 key derivation and MAC again (unattended mode serves automated callers at volume). An entry is
 * used only when the file's size and modification time are unchanged and the password given now is the one it was
 * opened with (compared as a salted SHA-256, in constant time; the password itself is not kept). Anything else
 * opens the file again, so a wrong password still fails exactly as it would without the cache. Desktop mode never
 * uses this: there a key is opened for one request and closed.
 */
final class OpenedKeyFiles {
    private final Map<Path, Opened> opened = new ConcurrentHashMap<>();
    private final byte[] salt = new byte[16];

    OpenedKeyFiles() {
        new SecureRandom().nextBytes(salt);
    }

    private record Opened(long size, long modified, byte[] passwordDigest, String name, List<KeyEntry> keys) {}

    /** The key file's keys; the returned source's {@code close()} leaves the kept keys alone. */
    KeyStoreSource open(StorageType storage, Path file, char[] password) throws SigningException {
        Path key = file.toAbsolutePath().normalize();
        BasicFileAttributes attributes = attributes(key);
        byte[] digest = digest(password);
        Opened known = opened.get(key);
        if (known != null
                && attributes != null
                && known.size() == attributes.size()
                && known.modified() == attributes.lastModifiedTime().toMillis()
                && MessageDigest.isEqual(known.passwordDigest(), digest)) {
            return kept(known);
        }
        KeyStoreSource source = KeyStores.open(storage, file, password);
        if (attributes == null) {
            return source;
        }
        Opened fresh = new Opened(
                attributes.size(), attributes.lastModifiedTime().toMillis(), digest, source.name(), source.keys());
        opened.put(key, fresh);
        return kept(fresh);
    }

    /** How many files are kept open (for tests). */
    int size() {
        return opened.size();
    }

    private static KeyStoreSource kept(Opened entry) {
        return new KeyStoreSource() {
            @Override
            public String name() {
                return entry.name();
            }

            @Override
            public List<KeyEntry> keys() {
                return entry.keys();
            }

            @Override
            public void close() {
                // kept open for the next request
            }
        };
    }

    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    private byte[] digest(char[] password) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] raw = new byte[bytes.remaining()];
        bytes.get(raw);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(raw);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        } finally {
            Arrays.fill(raw, (byte) 0);
            if (bytes.hasArray()) {
                Arrays.fill(bytes.array(), (byte) 0);
            }
        }
    }
}

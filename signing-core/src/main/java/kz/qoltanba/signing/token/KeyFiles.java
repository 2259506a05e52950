package kz.qoltanba.signing.token;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import kz.qoltanba.signing.UnsupportedAlgorithmException;

/**
 * Writes key files in NCA's PKCS#12 format, which NCA's tools, the JDK and OpenSSL read: KZ GOST keys
 * exactly as NCA stores them (2015: little-endian OCTET STRING; 2004: INTEGER), RSA keys as PKCS#8, in
 * the same container (3DES key bag, RC2-40 certificate bag, SHA-1 MAC, 1024 iterations). The alias is
 * the hex SHA-1 of the public key, as in NCA's files. Read them back with {@link KeyStores}.
 *
 * <p>The caller owns {@code password} and should wipe it when done; this class keeps no copy of it and
 * wipes every form derived from it.
 */
public final class KeyFiles {
    private KeyFiles() {}

    /**
     * Writes {@code key} and {@code chain} (the key's certificate first, then its issuers) to {@code file},
     * replacing it; on POSIX file systems the file is readable by its owner only.
     *
     * @throws UnsupportedAlgorithmException the key is not RSA or GOST, or cannot be exported (a token key)
     * @throws IllegalArgumentException the chain is empty or the key does not belong to its first certificate
     */
    public static void writePkcs12(Path file, PrivateKey key, List<X509Certificate> chain, char[] password)
            throws IOException, UnsupportedAlgorithmException {
        byte[] encoded = encodePkcs12(key, chain, password);
        Files.write(file, encoded);
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /** The bytes {@link #writePkcs12} writes. */
    public static byte[] encodePkcs12(PrivateKey key, List<X509Certificate> chain, char[] password)
            throws IOException, UnsupportedAlgorithmException {
        return new Pkcs12Writer(new SecureRandom()).encode(key, List.copyOf(chain), password);
    }
}

package kz.qoltanba.bridge.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's TLS key store in {@code <home>/tls/}: {@code server.p12} and its random password in
 * {@code server.p12.password} (both readable only by the user). On a fresh home it creates a self-signed
 * certificate so that the bridge can start.
 */
public final class ServerCertificateStore {
    private static final Logger LOG = LoggerFactory.getLogger(ServerCertificateStore.class);
    static final String KEY_STORE = "server.p12";
    static final String PASSWORD = "server.p12.password";
    static final String ALIAS = "server";

    private final Path directory;
    private final Clock clock;
    private final SecureRandom random;

    public ServerCertificateStore(Path directory, Clock clock, SecureRandom random) {
        this.directory = directory;
        this.clock = clock;
        this.random = random;
    }

    /** Reads the key store, creating a self-signed one first when there is none. */
    public TlsCredentials loadOrCreate() throws TlsSetupException {
        Path keyStoreFile = directory.resolve(KEY_STORE);
        Path passwordFile = directory.resolve(PASSWORD);
        if (!Files.isRegularFile(keyStoreFile) || !Files.isRegularFile(passwordFile)) {
            try {
                SelfSignedCertificateFactory.Issued issued = new SelfSignedCertificateFactory(clock, random).issue();
                replace(issued.keyPair().getPrivate(), issued.certificate());
            } catch (IOException | GeneralSecurityException e) {
                throw new TlsSetupException(
                        "Cannot read or create the server key store in " + directory + ": " + e.getMessage(), e);
            }
            LOG.info(
                    "Created a self-signed server certificate in {}; browsers will not trust it until 'tls init'.",
                    directory);
        }
        return load();
    }

    /** Reads the key store as it is now. */
    public TlsCredentials load() throws TlsSetupException {
        Path keyStoreFile = directory.resolve(KEY_STORE);
        Path passwordFile = directory.resolve(PASSWORD);
        try {
            String password =
                    Files.readString(passwordFile, StandardCharsets.UTF_8).trim();
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keyStoreFile)) {
                keyStore.load(in, password.toCharArray());
            }
            Certificate certificate = keyStore.getCertificate(ALIAS);
            if (!(certificate instanceof X509Certificate x509)) {
                throw new GeneralSecurityException("no certificate under alias '" + ALIAS + "'");
            }
            return new TlsCredentials(keyStore, password, x509);
        } catch (IOException | GeneralSecurityException e) {
            throw new TlsSetupException(
                    "Cannot read or create the server key store in " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Replaces the server key and certificate chain (server first). The key store is written beside the old one
     * and moved over it, so a running bridge that reloads it never sees half a file; the password file is kept
     * when it exists, so the pair stays consistent at every moment.
     */
    void replace(PrivateKey key, X509Certificate... chain) throws IOException, GeneralSecurityException {
        Files.createDirectories(directory);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        }
        Path keyStoreFile = directory.resolve(KEY_STORE);
        Path passwordFile = directory.resolve(PASSWORD);
        char[] password;
        if (Files.isRegularFile(passwordFile) && Files.isRegularFile(keyStoreFile)) {
            password = Files.readString(passwordFile, StandardCharsets.UTF_8)
                    .trim()
                    .toCharArray();
        } else {
            byte[] secret = new byte[24];
            random.nextBytes(secret);
            password = HexFormat.of().formatHex(secret).toCharArray();
            writePrivate(passwordFile, new String(password).getBytes(StandardCharsets.UTF_8));
        }
        try {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(null, null);
            keyStore.setKeyEntry(ALIAS, key, password, chain);
            Path temporary = directory.resolve(KEY_STORE + ".new");
            Files.deleteIfExists(temporary);
            Files.createFile(temporary);
            restrict(temporary);
            try (OutputStream out = Files.newOutputStream(temporary)) {
                keyStore.store(out, password);
            }
            Files.move(temporary, keyStoreFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * Calls {@code onChange} with the new credentials whenever the key store file changes (checked every
     * {@code interval}); a file caught in the middle of a change is simply read again at the next check.
     */
    public AutoCloseable watch(Consumer<TlsCredentials> onChange, Duration interval) {
        return new ServerCertificateWatcher(this, directory.resolve(KEY_STORE), onChange, interval);
    }

    private static void writePrivate(Path file, byte[] content) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file);
        restrict(file);
        Files.write(file, content);
    }

    private static void restrict(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}

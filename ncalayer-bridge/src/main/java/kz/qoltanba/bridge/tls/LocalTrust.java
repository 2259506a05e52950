package kz.qoltanba.bridge.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Local TLS trust: {@code tls init|renew|status|remove}. A fresh local CA issues the loopback server certificate
 * and is forgotten at once (its private key never leaves memory); only its certificate is kept, in
 * {@code <tls>/local-ca.pem}, and installed with trust {@code C,,} into every NSS database of the user (Chromium's,
 * the shared one, each Firefox profile). A running bridge notices the new server key store and serves it.
 */
public final class LocalTrust {
    private static final Logger LOG = LoggerFactory.getLogger(LocalTrust.class);
    static final String AUTHORITY_FILE = "local-ca.pem";
    /** Present when {@code tls init} created Chromium's database, so that {@code tls remove} deletes it again. */
    static final String CREATED_MARKER = "created-chromium-nssdb";
    /** A server certificate this close to its end is renewed at start-up. */
    public static final Duration RENEW_BEFORE = Duration.ofDays(30);

    private final Path tlsDirectory;
    private final ServerCertificateStore store;
    private final ChromiumNssTarget chromium;
    private final List<TrustTarget> targets;
    private final Certutil certutil;
    private final Clock clock;
    private final SecureRandom random;

    LocalTrust(
            Path tlsDirectory,
            Path userHome,
            Map<String, String> environment,
            Certutil certutil,
            Clock clock,
            SecureRandom random) {
        this.tlsDirectory = tlsDirectory;
        this.store = new ServerCertificateStore(tlsDirectory, clock, random);
        this.chromium = new ChromiumNssTarget(userHome, environment, certutil);
        this.targets = List.of(
                chromium, new SharedNssTarget(userHome, certutil), new FirefoxProfilesTarget(userHome, certutil));
        this.certutil = certutil;
        this.clock = clock;
        this.random = random;
    }

    /**
     * @param tlsDirectory the bridge's {@code <home>/tls}
     * @param userHome the user's home ({@code $HOME} first), where the browsers keep their databases
     * @param environment for {@code XDG_DATA_HOME}
     */
    public static LocalTrust forUser(
            Path tlsDirectory, Path userHome, Map<String, String> environment, Clock clock, SecureRandom random) {
        return new LocalTrust(tlsDirectory, userHome, environment, new Certutil("certutil"), clock, random);
    }

    /**
     * Makes browsers trust the bridge: a new local CA and server certificate when there is none (or it is
     * self-signed or due for renewal); otherwise the existing CA is installed into databases that lack it.
     */
    public TrustReport init() throws TrustStoreException, TlsSetupException {
        requireCertutil();
        TlsCredentials current = store.loadOrCreate();
        Optional<X509Certificate> authority = authority();
        if (authority.isPresent() && issuedBy(current.certificate(), authority.get()) && !dueForRenewal(current)) {
            install(nickname(authority.get()), tlsDirectory.resolve(AUTHORITY_FILE));
            return status();
        }
        return renew();
    }

    /** A new local CA and server certificate; the new CA is trusted before the old one is removed. */
    public TrustReport renew() throws TrustStoreException, TlsSetupException {
        requireCertutil();
        try {
            LocalAuthority.Issued issued = new LocalAuthority(clock, random).issue();
            Files.createDirectories(tlsDirectory);
            Path pending = tlsDirectory.resolve(AUTHORITY_FILE + ".new");
            Files.writeString(pending, pem(issued.authority()), StandardCharsets.US_ASCII);
            install(issued.nickname(), pending);
            store.replace(issued.serverKeys().getPrivate(), issued.server(), issued.authority());
            Files.move(pending, tlsDirectory.resolve(AUTHORITY_FILE), StandardCopyOption.REPLACE_EXISTING);
            removeAuthorities(issued.nickname());
            LOG.info(
                    "Installed local CA '{}' and a new server certificate valid until {}",
                    issued.nickname(),
                    issued.server().getNotAfter().toInstant());
        } catch (IOException | GeneralSecurityException e) {
            throw new TlsSetupException("Cannot create the local CA and server certificate: " + e.getMessage(), e);
        }
        return status();
    }

    /** Undoes {@link #init()}: every local CA of this installation leaves every database; self-signed again. */
    public TrustReport remove() throws TrustStoreException, TlsSetupException {
        requireCertutil();
        removeAuthorities(null);
        try {
            deleteCreatedChromiumDatabase();
            Files.deleteIfExists(tlsDirectory.resolve(AUTHORITY_FILE));
            SelfSignedCertificateFactory.Issued selfSigned = new SelfSignedCertificateFactory(clock, random).issue();
            store.replace(selfSigned.keyPair().getPrivate(), selfSigned.certificate());
        } catch (IOException | GeneralSecurityException e) {
            throw new TlsSetupException("Cannot go back to a self-signed server certificate: " + e.getMessage(), e);
        }
        return status();
    }

    /** Renews when a local CA is in use and the server certificate ends within {@link #RENEW_BEFORE}. */
    public boolean renewIfDue() throws TrustStoreException, TlsSetupException {
        if (authority().isEmpty() || !Files.isRegularFile(tlsDirectory.resolve(ServerCertificateStore.KEY_STORE))) {
            return false;
        }
        if (!dueForRenewal(store.load())) {
            return false;
        }
        renew();
        return true;
    }

    /** What is trusted where; changes nothing. */
    public TrustReport status() throws TrustStoreException, TlsSetupException {
        requireCertutil();
        TlsCredentials current = store.loadOrCreate();
        Optional<X509Certificate> authority = authority().filter(ca -> issuedBy(current.certificate(), ca));
        String wanted = authority.map(LocalTrust::nickname).orElse(null);
        List<DatabaseTrust> report = new ArrayList<>();
        for (TrustTarget target : targets) {
            List<NssDatabase> databases = target.databases(false);
            if (databases.isEmpty()) {
                report.add(new DatabaseTrust(target.name(), Path.of(target.location()), false, false, List.of()));
            }
            for (NssDatabase database : databases) {
                Map<String, String> certificates = database.certificates();
                boolean trusted = wanted != null
                        && certificates
                                .getOrDefault(wanted, "")
                                .split(",", -1)[0]
                                .contains("C");
                List<String> stale = certificates.keySet().stream()
                        .filter(name -> name.startsWith(LocalAuthority.NICKNAME_PREFIX) && !name.equals(wanted))
                        .toList();
                report.add(new DatabaseTrust(target.name(), database.directory(), true, trusted, stale));
            }
        }
        return new TrustReport(current.certificate(), authority, report);
    }

    private void install(String nickname, Path pemFile) throws TrustStoreException {
        if (chromium.databases(false).isEmpty()) {
            chromium.databases(true);
            try {
                Files.writeString(tlsDirectory.resolve(CREATED_MARKER), chromium.location(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                LOG.warn("Cannot note that the Chromium database was created here: {}", e.getMessage());
            }
        }
        for (TrustTarget target : targets) {
            for (NssDatabase database : target.databases(true)) {
                if (!database.certificates().containsKey(nickname)) {
                    database.addAuthority(nickname, pemFile);
                }
                LOG.info("{} ({}) trusts '{}'", target.name(), database.directory(), nickname);
            }
        }
    }

    /** Removes this installation's CAs, all but {@code keep} (null: all). */
    private void removeAuthorities(String keep) throws TrustStoreException {
        for (TrustTarget target : targets) {
            for (NssDatabase database : target.databases(false)) {
                for (String name : database.certificates().keySet()) {
                    if (name.startsWith(LocalAuthority.NICKNAME_PREFIX) && !name.equals(keep)) {
                        database.delete(name);
                        LOG.info("Removed '{}' from {} ({})", name, target.name(), database.directory());
                    }
                }
            }
        }
    }

    /** Deletes Chromium's database if {@code tls init} created it and it holds nothing else now. */
    private void deleteCreatedChromiumDatabase() throws IOException, TrustStoreException {
        Path marker = tlsDirectory.resolve(CREATED_MARKER);
        if (!Files.isRegularFile(marker)) {
            return;
        }
        for (NssDatabase database : chromium.databases(false)) {
            if (!database.certificates().isEmpty()) {
                Files.delete(marker);
                return;
            }
            for (String file : List.of("cert9.db", "key4.db", "pkcs11.txt")) {
                Files.deleteIfExists(database.directory().resolve(file));
            }
            deleteIfEmpty(database.directory());
            deleteIfEmpty(database.directory().getParent());
            LOG.info("Deleted the empty Chromium database {} that 'tls init' had created", database.directory());
        }
        Files.delete(marker);
    }

    private static void deleteIfEmpty(Path directory) throws IOException {
        try (var entries = Files.list(directory)) {
            if (entries.findAny().isEmpty()) {
                Files.delete(directory);
            }
        }
    }

    private void requireCertutil() throws TrustStoreException {
        if (!certutil.available()) {
            throw new TrustStoreException(
                    "certutil ('" + certutil.executable() + "') was not found; install it (Debian/Ubuntu: "
                            + "apt install libnss3-tools; Fedora: dnf install nss-tools) and try again.",
                    null);
        }
    }

    private boolean dueForRenewal(TlsCredentials credentials) {
        return credentials
                .certificate()
                .getNotAfter()
                .toInstant()
                .isBefore(clock.instant().plus(RENEW_BEFORE));
    }

    /** The stored local CA certificate, if {@code tls init} ran. */
    Optional<X509Certificate> authority() throws TlsSetupException {
        Path file = tlsDirectory.resolve(AUTHORITY_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(
                    (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
        } catch (IOException | GeneralSecurityException e) {
            throw new TlsSetupException("Cannot read the local CA certificate " + file + ": " + e.getMessage(), e);
        }
    }

    static boolean issuedBy(X509Certificate certificate, X509Certificate authority) {
        if (!certificate.getIssuerX500Principal().equals(authority.getSubjectX500Principal())) {
            return false;
        }
        try {
            certificate.verify(authority.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    static String nickname(X509Certificate authority) {
        X500Name name = X500Name.getInstance(authority.getSubjectX500Principal().getEncoded());
        return IETFUtils.valueToString(name.getRDNs(BCStyle.CN)[0].getFirst().getValue());
    }

    private static String pem(X509Certificate certificate) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(certificate);
        }
        return text.toString();
    }
}

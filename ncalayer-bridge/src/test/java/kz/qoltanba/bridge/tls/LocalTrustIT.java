package kz.qoltanba.bridge.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local trust against real NSS databases made and read by the real certutil. */
class LocalTrustIT {
    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

    @TempDir
    Path root;

    private Path userHome;
    private Path tls;
    private Certutil certutil;

    @BeforeEach
    void setUp() throws Exception {
        certutil = new Certutil(
                TlsTools.require("certutil", "apt install libnss3-tools").toString());
        userHome = Files.createDirectories(root.resolve("home"));
        tls = root.resolve("bridge").resolve("tls");
    }

    private LocalTrust trust(Instant at) {
        return new LocalTrust(tls, userHome, Map.of(), certutil, Clock.fixed(at, ZoneOffset.UTC), new SecureRandom());
    }

    private NssDatabase database(Path directory) throws Exception {
        NssDatabase database = new NssDatabase(directory, certutil);
        database.create();
        return database;
    }

    @Test
    void whenInit_thenChromiumDatabaseIsCreatedAndEveryExistingDatabaseTrustsTheCaWithC() throws Exception {
        NssDatabase firefox = database(userHome.resolve(".mozilla/firefox/abcd.default-release"));
        NssDatabase shared = database(userHome.resolve(".pki/nssdb"));

        TrustReport report = trust(NOW).init();

        assertThat(report.fullyTrusted()).isTrue();
        String nickname = LocalTrust.nickname(report.authority().orElseThrow());
        NssDatabase chromium = new NssDatabase(userHome.resolve(".local/share/pki/nssdb"), certutil);
        for (NssDatabase database : List.of(chromium, firefox, shared)) {
            assertThat(database.certificates()).containsEntry(nickname, "C,,");
        }
        assertThat(report.databases())
                .extracting(DatabaseTrust::browser)
                .containsExactly("Chromium/Chrome", "shared NSS", "Firefox");
        X509Certificate server = report.serverCertificate();
        assertThat(LocalTrust.issuedBy(server, report.authority().get())).isTrue();
        assertThat(server.getNotAfter().toInstant()).isEqualTo(NOW.plus(Duration.ofDays(365)));
    }

    @Test
    void whenInit_thenOnlyThePublicCaCertificateIsKeptAndTheServerKeyIsNotTheCaKey() throws Exception {
        TrustReport report = trust(NOW).init();

        try (Stream<Path> files = Files.list(tls)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "server.p12", "server.p12.password", "local-ca.pem", LocalTrust.CREATED_MARKER);
        }
        assertThat(Files.readString(tls.resolve("local-ca.pem"))).doesNotContain("PRIVATE KEY");
        TlsCredentials credentials = new ServerCertificateStore(tls, Clock.systemUTC(), new SecureRandom()).load();
        X509Certificate authority = report.authority().orElseThrow();
        assertThat(credentials.selfSigned()).isFalse();
        assertThat(credentials.certificate().getPublicKey()).isNotEqualTo(authority.getPublicKey());
        assertThat(authority.getBasicConstraints()).isZero();
        assertThat(authority.getCriticalExtensionOIDs()).contains("2.5.29.30");
        assertThat(credentials.keyStore().getCertificateChain("server")).hasSize(2);
    }

    @Test
    void whenRenew_thenNewCaIsTrustedAndTheOldOneIsGoneFromTheSameDatabases() throws Exception {
        NssDatabase firefox = database(userHome.resolve(".mozilla/firefox/p1.default"));
        String first = LocalTrust.nickname(trust(NOW).init().authority().orElseThrow());

        TrustReport renewed = trust(NOW).renew();

        String second = LocalTrust.nickname(renewed.authority().orElseThrow());
        assertThat(second).isNotEqualTo(first);
        assertThat(firefox.certificates()).containsKey(second).doesNotContainKey(first);
        assertThat(renewed.fullyTrusted()).isTrue();
        assertThat(renewed.databases())
                .allSatisfy(db -> assertThat(db.staleAuthorities()).isEmpty());
    }

    @Test
    void whenInitRunsAgain_thenTheSameCaIsInstalledIntoADatabaseThatAppearedSince() throws Exception {
        String nickname = LocalTrust.nickname(trust(NOW).init().authority().orElseThrow());
        NssDatabase newProfile = database(userHome.resolve(".mozilla/firefox/later.default"));
        assertThat(trust(NOW).status().fullyTrusted()).isFalse();

        TrustReport again = trust(NOW).init();

        assertThat(LocalTrust.nickname(again.authority().orElseThrow())).isEqualTo(nickname);
        assertThat(newProfile.certificates()).containsEntry(nickname, "C,,");
        assertThat(again.fullyTrusted()).isTrue();
    }

    @Test
    void whenWithin30DaysOfExpiry_thenRenewIfDueRenews_andNotBefore() throws Exception {
        String first = LocalTrust.nickname(trust(NOW).init().authority().orElseThrow());

        assertThat(trust(NOW.plus(Duration.ofDays(300))).renewIfDue()).isFalse();
        assertThat(trust(NOW.plus(Duration.ofDays(340))).renewIfDue()).isTrue();

        TrustReport report = trust(NOW.plus(Duration.ofDays(340))).status();
        assertThat(LocalTrust.nickname(report.authority().orElseThrow())).isNotEqualTo(first);
        assertThat(report.fullyTrusted()).isTrue();
    }

    @Test
    void whenNoLocalCa_thenRenewIfDueDoesNothingEvenWithoutCertutil() throws Exception {
        LocalTrust noTool = new LocalTrust(
                tls, userHome, Map.of(), new Certutil("/nonexistent/certutil"), Clock.systemUTC(), new SecureRandom());
        assertThat(noTool.renewIfDue()).isFalse();
    }

    @Test
    void whenRemove_thenNoDatabaseHoldsAnyCaOfThisInstallationAndTheServerIsSelfSignedAgain() throws Exception {
        NssDatabase firefox = database(userHome.resolve(".mozilla/firefox/p1.default"));
        trust(NOW).init();
        trust(NOW).renew();

        TrustReport removed = trust(NOW).remove();

        assertThat(removed.authority()).isEmpty();
        assertThat(removed.fullyTrusted()).isFalse();
        assertThat(firefox.certificates().keySet()).noneMatch(n -> n.startsWith(LocalAuthority.NICKNAME_PREFIX));
        assertThat(userHome.resolve(".local/share/pki"))
                .as("created by init, so removed")
                .doesNotExist();
        assertThat(tls.resolve("local-ca.pem")).doesNotExist();
        assertThat(removed.serverCertificate().getSubjectX500Principal())
                .isEqualTo(removed.serverCertificate().getIssuerX500Principal());
    }

    @Test
    void whenChromiumDatabaseExistedBeforeInit_thenRemoveKeepsItAndItsOtherCertificates() throws Exception {
        NssDatabase chromium = database(userHome.resolve(".local/share/pki/nssdb"));
        trust(NOW).init();
        assertThat(tls.resolve(LocalTrust.CREATED_MARKER)).doesNotExist();

        trust(NOW).remove();

        assertThat(chromium.exists()).isTrue();
        assertThat(chromium.certificates()).isEmpty();
    }

    @Test
    void whenXdgDataHomeIsSet_thenChromiumDatabaseIsCreatedThere() throws Exception {
        Path xdg = root.resolve("xdg-data");
        LocalTrust withXdg = new LocalTrust(
                tls,
                userHome,
                Map.of("XDG_DATA_HOME", xdg.toString()),
                certutil,
                Clock.systemUTC(),
                new SecureRandom());

        withXdg.init();

        assertThat(xdg.resolve("pki/nssdb/cert9.db")).exists();
        assertThat(userHome.resolve(".local/share/pki/nssdb")).doesNotExist();
    }

    @Test
    void whenCertutilIsMissing_thenInitFailsNamingThePackage() {
        LocalTrust noTool = new LocalTrust(
                tls, userHome, Map.of(), new Certutil("/nonexistent/certutil"), Clock.systemUTC(), new SecureRandom());

        org.assertj.core.api.Assertions.assertThatThrownBy(noTool::init)
                .isInstanceOf(TrustStoreException.class)
                .hasMessageContaining("libnss3-tools");
    }
}

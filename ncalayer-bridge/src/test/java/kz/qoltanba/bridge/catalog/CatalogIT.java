package kz.qoltanba.bridge.catalog;

import static kz.qoltanba.bridge.catalog.CatalogFixtures.ECHO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import kz.qoltanba.bridge.audit.AuditEvent;
import kz.qoltanba.bridge.host.ModuleHost;
import kz.qoltanba.bridge.host.PendingHostServices;
import kz.qoltanba.bridge.host.testbundle.EchoModuleActivator;
import kz.qoltanba.bridge.origin.ConsentPrompt;
import kz.qoltanba.bridge.spi.HostSigning;
import kz.qoltanba.bridge.spi.KeyFilter;
import kz.qoltanba.bridge.spi.SignRequest;
import kz.qoltanba.bridge.spi.SignResult;
import kz.qoltanba.bridge.ws.TestBridge;
import kz.qoltanba.bridge.ws.TestSocket;
import kz.qoltanba.signing.token.KeyEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @TempDir
    Path work;

    private final List<AuditEvent> audit = new CopyOnWriteArrayList<>();
    private KeyEntry publisher;
    private ModuleHost host;
    private CatalogFixtures.FileServer server;
    private ModuleManager manager;

    @BeforeEach
    void start() throws Exception {
        publisher = CatalogFixtures.publisher("Test publisher");
        X509Certificate answered = publisher.certificate();
        HostSigning signing = new HostSigning() {
            @Override
            public CompletionStage<SignResult> sign(SignRequest request) {
                return CompletableFuture.failedFuture(new UnsupportedOperationException());
            }

            @Override
            public CompletionStage<X509Certificate> chooseCertificate(String o, String c, KeyFilter f) {
                return CompletableFuture.completedFuture(answered);
            }
        };
        host = ModuleHost.start(home.resolve("felix-cache"), signing, new PendingHostServices());
        server = new CatalogFixtures.FileServer();
        manager = managerFor(host);
    }

    private ModuleManager managerFor(ModuleHost running) {
        return managerFor(running, Optional.empty());
    }

    private ModuleManager managerFor(ModuleHost running, Optional<URI> catalogUrl) {
        return ModuleManager.create(
                home,
                List.of(publisher.certificate()),
                ModuleDownloads.http(HttpClient.Builder.NO_PROXY),
                LoadedBundles.of(running),
                audit::add,
                Clock.systemUTC(),
                catalogUrl);
    }

    /** Serves the jars of {@code bundles} and, at {@code path}, their catalog naming {@code next} (or none). */
    private void serveCatalog(String path, Path bundles, Optional<URI> next, KeyEntry key, Instant issued)
            throws Exception {
        Catalog described = CatalogSigning.describe(bundles, server.base(), Optional.empty(), issued);
        server.publish(bundles);
        server.files.put(
                path, CatalogSigning.sign(new Catalog(issued, next, described.modules()), key, Clock.systemUTC()));
    }

    @AfterEach
    void stop() {
        server.close();
        host.close();
    }

    /** Signs a catalog of every jar in {@code bundles} and serves both the jars and the catalog. */
    private URI publish(Path bundles, KeyEntry key, Instant issued) throws Exception {
        Catalog catalog = CatalogSigning.describe(bundles, server.base(), Optional.empty(), issued);
        server.publish(bundles);
        server.files.put("/ncalayer.der", CatalogSigning.sign(catalog, key, Clock.systemUTC()));
        return server.base().resolve("ncalayer.der");
    }

    private void awaitModule(boolean present) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (host.modules().find(EchoModuleActivator.MODULE).isPresent() != present
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(host.modules().find(EchoModuleActivator.MODULE).isPresent()).isEqualTo(present);
    }

    private JsonNode ask() throws Exception {
        try (TestBridge bridge =
                new TestBridge(work.resolve("bridge"), host.modules(), ConsentPrompt.denyAll(), 1 << 20, false)) {
            TestSocket socket = bridge.connect("https://goszakup.gov.kz");
            socket.send("{\"module\":\"" + EchoModuleActivator.MODULE + "\",\"method\":\"x\"}");
            return JSON.readTree(socket.next());
        }
    }

    @Test
    void whenModuleIsInstalledFromCatalogUrl_thenItAnswersIsUpdatedAndRemoved() throws Exception {
        CatalogFixtures.echoBundle(work.resolve("v1"), "1.0.0", false);
        URI catalogUrl = publish(work.resolve("v1"), publisher, Instant.now().minusSeconds(60));
        AtomicInteger changes = new AtomicInteger();
        manager.addChangeListener(changes::incrementAndGet);

        manager.refreshCatalog(catalogUrl);
        ModuleStatus installed = manager.install(ECHO);
        assertThat(changes.get()).as("a new catalog and an install").isEqualTo(2);

        assertThat(installed.installedVersion()).contains("1.0.0");
        assertThat(installed.name("ru")).isEqualTo("Эхо");
        awaitModule(true);
        assertThat(ask().path("result").path("origin").asText()).isEqualTo("https://goszakup.gov.kz");
        assertThat(host.bundles()).containsEntry(ECHO, "1.0.0");

        CatalogFixtures.echoBundle(work.resolve("v2"), "1.1.0", false);
        publish(work.resolve("v2"), publisher, Instant.now());
        manager.refreshCatalog();
        assertThat(manager.list()).singleElement().satisfies(row -> {
            assertThat(row.installedVersion()).contains("1.0.0");
            assertThat(row.availableVersion()).contains("1.1.0");
            assertThat(row.updateAvailable()).isTrue();
        });

        manager.update(ECHO);

        assertThat(host.bundles()).containsEntry(ECHO, "1.1.0").hasSize(1);
        awaitModule(true);
        assertThat(ask().path("result").path("loader").asText()).isEqualTo("true");
        try (var jars = Files.list(home.resolve("modules"))) {
            assertThat(jars.map(p -> p.getFileName().toString())).containsExactly(ECHO + "_1.1.0.jar");
        }

        manager.remove(ECHO);
        assertThat(changes.get()).as("then a catalog, an update and a removal").isEqualTo(5);

        awaitModule(false);
        assertThat(host.bundles()).doesNotContainKey(ECHO);
        assertThat(ask().path("errorCode").asText()).isEqualTo("MODULE_NOT_FOUND");
        assertThat(manager.list())
                .singleElement()
                .satisfies(row -> assertThat(row.installed()).isFalse());
    }

    @Test
    void whenInstalledModuleExistsAtStart_thenItIsLoadedAgain() throws Exception {
        CatalogFixtures.echoBundle(work.resolve("v1"), "1.0.0", false);
        manager.refreshCatalog(publish(work.resolve("v1"), publisher, Instant.now()));
        manager.install(ECHO);
        host.close();

        host = ModuleHost.start(home.resolve("felix-cache"), new PendingHostServices(), new PendingHostServices());
        List<String> loaded = managerFor(host).loadInstalled();

        assertThat(loaded).containsExactly(ECHO);
        assertThat(host.bundles()).containsEntry(ECHO, "1.0.0");
    }

    @Test
    void whenDownloadedJarIsTampered_thenItIsRefusedAndAudited() throws Exception {
        CatalogFixtures.echoBundle(work.resolve("v1"), "1.0.0", false);
        manager.refreshCatalog(publish(work.resolve("v1"), publisher, Instant.now()));
        byte[] jar = server.files.get("/" + ECHO + "-1.0.0.jar").clone();
        jar[jar.length / 2] ^= 0x01;
        server.files.put("/" + ECHO + "-1.0.0.jar", jar);

        AtomicInteger changes = new AtomicInteger();
        manager.addChangeListener(changes::incrementAndGet);

        assertThatThrownBy(() -> manager.install(ECHO))
                .isInstanceOf(ModuleHashMismatchException.class)
                .hasMessageContaining(ECHO)
                .hasMessageContaining("SHA-256");

        assertThat(host.bundles()).isEmpty();
        assertThat(home.resolve("modules")).doesNotExist();
        assertThat(audit).anySatisfy(event -> assertThat(event.outcome()).startsWith("refused: hash mismatch"));
        assertThat(changes.get()).as("a refused install changes nothing").isZero();
    }

    @Test
    void whenCatalogIsSignedByAnUntrustedKey_thenItIsRefusedAndTheTrustedOneKept() throws Exception {
        CatalogFixtures.echoBundle(work.resolve("v1"), "1.0.0", false);
        manager.refreshCatalog(
                publish(work.resolve("v1"), publisher, Instant.now().minusSeconds(60)));
        byte[] trusted = Files.readAllBytes(home.resolve("ncalayer.der"));
        URI forged = publish(work.resolve("v1"), CatalogFixtures.publisher("Test publisher"), Instant.now());

        assertThatThrownBy(() -> manager.refreshCatalog(forged))
                .isInstanceOf(UntrustedCatalogException.class)
                .hasMessageContaining("not accepted");

        assertThat(home.resolve("ncalayer.der")).hasBinaryContent(trusted);
        assertThat(audit).anySatisfy(event -> assertThat(event.method()).isEqualTo("catalog"));
    }

    @Test
    void whenCatalogIsPlacedByHand_thenAValidOneIsUsedAndATamperedOneRefused() throws Exception {
        Path listed = CatalogFixtures.echoBundle(work.resolve("v1"), "1.0.0", false);
        Catalog catalog = CatalogSigning.describe(
                work.resolve("v1"), URI.create("https://modules.invalid/"), Optional.empty(), Instant.now());
        byte[] signed = CatalogSigning.sign(catalog, publisher, Clock.systemUTC());
        Files.write(home.resolve("ncalayer.der"), signed);
        Files.createDirectories(ModuleManager.dropInDirectory(home));
        Files.copy(listed, ModuleManager.dropInDirectory(home).resolve("echo.jar"));

        assertThat(manager.list())
                .singleElement()
                .satisfies(row -> assertThat(row.availableVersion()).contains("1.0.0"));
        assertThat(manager.installDropIns())
                .singleElement()
                .satisfies(d -> assertThat(d.installed()).isTrue());
        assertThat(host.bundles()).containsEntry(ECHO, "1.0.0");

        byte[] tampered = signed.clone();
        byte[] version = "1.0.0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int at = -1;
        for (int i = 0; at < 0 && i + version.length <= tampered.length; i++) {
            if (java.util.Arrays.equals(tampered, i, i + version.length, version, 0, version.length)) {
                at = i;
            }
        }
        assertThat(at).as("the signed catalog carries its JSON").isPositive();
        tampered[at + 4] = '9';
        Files.write(home.resolve("ncalayer.der"), tampered);

        assertThatThrownBy(() -> manager.list())
                .isInstanceOf(UntrustedCatalogException.class)
                .hasMessageContaining("not accepted");
        assertThatThrownBy(() -> manager.install(ECHO)).isInstanceOf(UntrustedCatalogException.class);
    }

    @Test
    void whenOlderCatalogIsOffered_thenItIsRefusedAsRollback() throws Exception {
        CatalogFixtures.echoBundle(work.resolve("v1"), "1.0.0", false);
        manager.refreshCatalog(publish(work.resolve("v1"), publisher, Instant.now()));
        URI older = publish(work.resolve("v1"), publisher, Instant.now().minusSeconds(3600));

        assertThatThrownBy(() -> manager.refreshCatalog(older)).isInstanceOf(StaleCatalogException.class);
    }

    @Test
    void whenDropInJarIsUnlistedOrDiffers_thenItIsRefusedAndAMatchingOneInstallsOffline() throws Exception {
        Path listed = CatalogFixtures.echoBundle(work.resolve("v1"), "1.0.0", false);
        manager.refreshCatalog(publish(work.resolve("v1"), publisher, Instant.now()));
        Path dropIns = ModuleManager.dropInDirectory(home);
        CatalogFixtures.echoBundle(dropIns, "kz.qoltanba.test.unlisted", "1.0.0", false);
        Files.createDirectories(dropIns.resolve("other"));
        Path differing = CatalogFixtures.echoBundle(dropIns.resolve("other"), "1.0.0", true);
        Files.move(differing, dropIns.resolve("modified.jar"));

        List<DropIn> refused = manager.installDropIns();

        assertThat(refused).extracting(DropIn::installed).containsOnly(false).hasSize(2);
        assertThat(refused).anySatisfy(d -> assertThat(d.detail()).contains("SHA-256 differs"));
        assertThat(refused).anySatisfy(d -> assertThat(d.detail()).isEqualTo("not listed in the catalog"));
        assertThat(host.bundles()).isEmpty();
        assertThat(audit).filteredOn(e -> e.outcome().startsWith("refused")).hasSize(2);

        server.close();
        Files.copy(listed, dropIns.resolve("echo.jar"));
        List<DropIn> afterCopy = manager.installDropIns();

        assertThat(afterCopy)
                .filteredOn(DropIn::installed)
                .singleElement()
                .satisfies(d -> assertThat(d.file()).isEqualTo("echo.jar"));
        assertThat(host.bundles()).containsEntry(ECHO, "1.0.0");
        assertThat(dropIns.resolve("echo.jar")).doesNotExist();
    }

    @Test
    void whenModuleIsRequired_thenItCannotBeRemoved() throws Exception {
        CatalogFixtures.echoBundle(work.resolve("v1"), "1.0.0", true);
        manager.refreshCatalog(publish(work.resolve("v1"), publisher, Instant.now()));
        manager.install(ECHO);

        assertThatThrownBy(() -> manager.remove(ECHO))
                .isInstanceOf(RequiredModuleException.class)
                .hasMessageContaining("required");

        assertThat(host.bundles()).containsEntry(ECHO, "1.0.0");
        assertThat(manager.list())
                .singleElement()
                .satisfies(row -> assertThat(row.required()).isTrue());
    }

    @Test
    void whenHomeIsFreshAndCatalogUrlIsConfigured_thenRefreshFetchesTheFirstCatalogFromIt() throws Exception {
        CatalogFixtures.echoBundle(work.resolve("v1"), "1.0.0", false);
        serveCatalog("/first.der", work.resolve("v1"), Optional.empty(), publisher, Instant.now());
        ModuleManager configured = managerFor(host, Optional.of(server.base().resolve("first.der")));
        assertThat(home.resolve("ncalayer.der")).doesNotExist();

        Catalog fetched = configured.refreshCatalog();

        assertThat(fetched.modules()).extracting(CatalogEntry::symbolicName).containsExactly(ECHO);
        assertThat(home.resolve("ncalayer.der")).hasBinaryContent(server.files.get("/first.der"));
        assertThat(configured.install(ECHO).installedVersion()).contains("1.0.0");
        assertThat(host.bundles()).containsEntry(ECHO, "1.0.0");
        assertThat(audit).anySatisfy(event -> {
            assertThat(event.method()).isEqualTo("catalog");
            assertThat(event.module())
                    .isEqualTo(server.base().resolve("first.der").toString());
        });
    }

    @Test
    void whenHomeIsFreshAndCatalogUrlIsConfigured_thenInstallingFetchesTheFirstCatalog() throws Exception {
        CatalogFixtures.echoBundle(work.resolve("v1"), "1.0.0", false);
        serveCatalog("/first.der", work.resolve("v1"), Optional.empty(), publisher, Instant.now());
        ModuleManager configured = managerFor(host, Optional.of(server.base().resolve("first.der")));

        ModuleStatus installed = configured.install(ECHO);

        assertThat(installed.installedVersion()).contains("1.0.0");
        assertThat(home.resolve("ncalayer.der")).exists();
        awaitModule(true);
    }

    @Test
    void whenTheCurrentCatalogNamesNext_thenNextWinsOverTheCatalogUrl() throws Exception {
        CatalogFixtures.echoBundle(work.resolve("v1"), "1.0.0", false);
        CatalogFixtures.echoBundle(work.resolve("v2"), "1.1.0", false);
        URI next = server.base().resolve("next.der");
        serveCatalog(
                "/first.der",
                work.resolve("v1"),
                Optional.of(next),
                publisher,
                Instant.now().minusSeconds(60));
        ModuleManager configured = managerFor(host, Optional.of(server.base().resolve("first.der")));
        configured.refreshCatalog();
        serveCatalog("/next.der", work.resolve("v2"), Optional.of(next), publisher, Instant.now());

        configured.refreshCatalog();

        assertThat(configured.list())
                .singleElement()
                .satisfies(row -> assertThat(row.availableVersion()).contains("1.1.0"));
    }

    @Test
    void whenTheCurrentCatalogNamesNoNext_thenTheCatalogUrlIsUsedAgain() throws Exception {
        CatalogFixtures.echoBundle(work.resolve("v1"), "1.0.0", false);
        CatalogFixtures.echoBundle(work.resolve("v2"), "1.1.0", false);
        serveCatalog(
                "/first.der",
                work.resolve("v1"),
                Optional.empty(),
                publisher,
                Instant.now().minusSeconds(60));
        ModuleManager configured = managerFor(host, Optional.of(server.base().resolve("first.der")));
        configured.refreshCatalog();
        serveCatalog("/first.der", work.resolve("v2"), Optional.empty(), publisher, Instant.now());

        configured.refreshCatalog();

        assertThat(configured.list())
                .singleElement()
                .satisfies(row -> assertThat(row.availableVersion()).contains("1.1.0"));
    }

    @Test
    void whenTheCatalogUrlServesAnUntrustedCatalog_thenItIsRefusedAndNothingIsStored() throws Exception {
        CatalogFixtures.echoBundle(work.resolve("v1"), "1.0.0", false);
        KeyEntry stranger = CatalogFixtures.publisher("Test publisher");
        serveCatalog("/first.der", work.resolve("v1"), Optional.empty(), stranger, Instant.now());
        ModuleManager configured = managerFor(host, Optional.of(server.base().resolve("first.der")));

        assertThatThrownBy(configured::refreshCatalog).isInstanceOf(UntrustedCatalogException.class);
        assertThatThrownBy(() -> configured.install(ECHO)).isInstanceOf(UntrustedCatalogException.class);

        assertThat(home.resolve("ncalayer.der")).doesNotExist();
        assertThat(host.bundles()).isEmpty();
    }

    @Test
    void whenHomeIsFreshWithoutCatalogUrl_thenRefreshAndInstallNameEveryWayToACatalog() {
        for (var call : List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
                manager::refreshCatalog, () -> manager.install(ECHO))) {
            assertThatThrownBy(call)
                    .isInstanceOf(CatalogUnavailableException.class)
                    .hasMessageContaining("There is no module catalog at " + home.resolve("ncalayer.der"))
                    .hasMessageContaining("catalog.url=URL in bridge.properties")
                    .hasMessageContaining("'qoltanba-bridge modules update --catalog-url URL'")
                    .hasMessageContaining("place a signed ncalayer.der there by hand");
        }
    }

    @Test
    void whenTheCurrentCatalogNamesNoNextAndNoCatalogUrlIsSet_thenRefreshNamesTheWays() throws Exception {
        CatalogFixtures.echoBundle(work.resolve("v1"), "1.0.0", false);
        serveCatalog("/first.der", work.resolve("v1"), Optional.empty(), publisher, Instant.now());
        manager.refreshCatalog(server.base().resolve("first.der"));

        assertThatThrownBy(manager::refreshCatalog)
                .isInstanceOf(CatalogUnavailableException.class)
                .hasMessageContaining("names no URL for the next one")
                .hasMessageContaining("catalog.url=URL in bridge.properties")
                .hasMessageContaining("--catalog-url URL");
    }
}

package kz.qoltanba.bridge.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import kz.qoltanba.bridge.catalog.Catalog;
import kz.qoltanba.bridge.catalog.CatalogFixtures;
import kz.qoltanba.bridge.catalog.CatalogSigning;
import kz.qoltanba.bridge.catalog.PublisherCertificates;
import kz.qoltanba.bridge.config.BridgeConfig;
import kz.qoltanba.bridge.config.BridgeConfigLoader;
import kz.qoltanba.bridge.config.CommandLineSettings;
import kz.qoltanba.bridge.host.testbundle.EchoModuleActivator;
import kz.qoltanba.bridge.origin.ConsentPrompt;
import kz.qoltanba.bridge.ui.ModuleCatalogException;
import kz.qoltanba.bridge.ui.ModuleEntry;
import kz.qoltanba.signing.token.KeyEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running bridge on a fresh home (no {@code ncalayer.der}) with {@code catalog.url} in {@code bridge.properties}
 * pointing at a local HTTP server: the module manager's "Download updates" and a page's install get the first
 * catalog from there.
 */
class FirstCatalogIT {
    private static final String ECHO = "kz.qoltanba.test.echo";

    @TempDir
    Path home;

    @TempDir
    Path work;

    private CatalogFixtures.FileServer server;
    private KeyEntry publisher;

    @BeforeEach
    void serveCatalog() throws Exception {
        server = new CatalogFixtures.FileServer();
        publisher = CatalogFixtures.publisher("First catalog publisher");
        Path bundles = work.resolve("bundles");
        Path jar = CatalogFixtures.echoBundle(bundles, ECHO, "1.0.0", false);
        server.files.put("/" + jar.getFileName(), Files.readAllBytes(jar));
        Catalog catalog = CatalogSigning.describe(bundles, server.base(), Optional.empty(), Instant.now());
        server.files.put("/catalog/ncalayer.der", CatalogSigning.sign(catalog, publisher, Clock.systemUTC()));
        Path trusted = PublisherCertificates.directory(home).resolve("first.der");
        Files.createDirectories(trusted.getParent());
        Files.write(trusted, publisher.certificate().getEncoded());
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private RunningBridge start(String properties) throws Exception {
        Files.writeString(home.resolve(BridgeConfigLoader.FILE_NAME), properties);
        BridgeConfig config = new BridgeConfigLoader(Map.of(), new Properties())
                .load(new CommandLineSettings(home, 0, List.of(), null, List.of(), false, null, null, null));
        return RunningBridge.start(config, ConsentPrompt.denyAll(), Clock.systemUTC());
    }

    @Test
    void whenDownloadUpdatesIsPressedOnAFreshHome_thenTheCatalogComesFromCatalogUrlAndAModuleInstalls()
            throws Exception {
        try (RunningBridge bridge = start("catalog.url=" + server.base().resolve("catalog/ncalayer.der") + "\n")) {
            CatalogModules window = new CatalogModules(bridge.moduleManager());
            assertThat(window.modules()).isEmpty();

            assertThat(window.downloadUpdates()).isEmpty();

            assertThat(home.resolve("ncalayer.der")).hasBinaryContent(server.files.get("/catalog/ncalayer.der"));
            assertThat(window.modules()).extracting(ModuleEntry::symbolicName).containsExactly(ECHO);
            window.install(ECHO);
            awaitEcho(bridge);
            assertThat(bridge.moduleHost().bundles()).containsEntry(ECHO, "1.0.0");
        }
    }

    @Test
    void whenAPageInstallsAModuleOnAFreshHome_thenTheFirstCatalogIsFetchedFromCatalogUrl() throws Exception {
        try (RunningBridge bridge = start("catalog.url=" + server.base().resolve("catalog/ncalayer.der") + "\n")) {
            assertThat(bridge.moduleManager().install(ECHO).installedVersion()).contains("1.0.0");

            assertThat(home.resolve("ncalayer.der")).exists();
            awaitEcho(bridge);
        }
    }

    @Test
    void whenCatalogUrlIsNotSet_thenDownloadUpdatesNamesTheWaysToGetACatalog() throws Exception {
        try (RunningBridge bridge = start("")) {
            CatalogModules window = new CatalogModules(bridge.moduleManager());

            assertThatThrownBy(window::downloadUpdates)
                    .isInstanceOf(ModuleCatalogException.class)
                    .hasMessageContaining("catalog.url=URL in bridge.properties")
                    .hasMessageContaining("modules update --catalog-url URL");
            assertThat(home.resolve("ncalayer.der")).doesNotExist();
        }
    }

    private static void awaitEcho(RunningBridge bridge) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (bridge.moduleHost().modules().find(EchoModuleActivator.MODULE).isEmpty()
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(bridge.moduleHost().modules().find(EchoModuleActivator.MODULE))
                .isPresent();
    }
}

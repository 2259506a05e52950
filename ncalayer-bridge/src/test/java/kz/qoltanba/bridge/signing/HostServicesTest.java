package kz.qoltanba.bridge.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import kz.qoltanba.bridge.spi.HostSigningException;
import kz.qoltanba.bridge.spi.KeyFilter;
import kz.qoltanba.bridge.spi.SignRequest;
import kz.qoltanba.bridge.spi.SignatureFormat;
import kz.qoltanba.bridge.spi.XmlPlacement;
import kz.qoltanba.signing.token.Pkcs11Libraries;
import kz.qoltanba.signing.token.StorageType;
import kz.qoltanba.signing.xml.XmlSignOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The host services modules reach beyond plain signing: windows, token list, XML placement, time-stamps. */
class HostServicesTest {
    @TempDir
    Path home;

    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private SigningService service(HostWindows windows, Pkcs11Libraries libraries) throws Exception {
        KeyCandidates candidates = KeyCandidates.load(home.resolve("trust"), List.of(), Clock.systemUTC());
        return new SigningService(
                new ScriptedInteraction(), windows, candidates, home, 5, libraries, null, Clock.systemUTC(), executor);
    }

    private static <T> T await(CompletionStage<T> stage) throws Throwable {
        try {
            return stage.toCompletableFuture().join();
        } catch (CompletionException e) {
            throw e.getCause();
        }
    }

    @Test
    void whenHostHasNoWindows_thenSettingsAndModuleManagerFailNamingTheWindow() throws Exception {
        SigningService service = service(HostWindows.unavailable(), new Pkcs11Libraries(Map.of()));

        assertThatThrownBy(() -> await(service.showSettings("https://a.gov.kz", "c1")))
                .isInstanceOf(HostSigningException.class)
                .hasMessage("the settings window is not available");
        assertThatThrownBy(() -> await(service.showBundleManager("https://a.gov.kz", "c1")))
                .isInstanceOf(HostSigningException.class)
                .hasMessage("the module manager is not available");
    }

    @Test
    void whenWindowsAreHeadless_thenBothCompleteWithoutAnyInterface() throws Throwable {
        SigningService service = service(HostWindows.headless(), new Pkcs11Libraries(Map.of()));

        assertThat((Object) await(service.showSettings("https://a.gov.kz", "c1")))
                .isNull();
        assertThat((Object) await(service.showBundleManager("https://a.gov.kz", "c1")))
                .isNull();
    }

    @Test
    void whenTokenLibrariesHoldNoToken_thenNoStorageIsActive() throws Throwable {
        Path library = Files.write(home.resolve("libkaztoken.so"), new byte[] {1});
        Pkcs11Libraries libraries = new Pkcs11Libraries(
                Map.of(StorageType.KAZTOKEN, library, StorageType.JACARTA, home.resolve("absent-libjacarta.so")));

        List<String> active =
                await(service(HostWindows.unavailable(), libraries).activeTokens());

        assertThat(active).as("a library file alone is not a token present").isEmpty();
    }

    @Test
    void whenXmlPlacementGivenForCms_thenTheRequestIsRefused() throws Exception {
        SigningService service = service(HostWindows.unavailable(), new Pkcs11Libraries(Map.of()));
        SignRequest cms = new SignRequest(
                "https://a.gov.kz",
                "c1",
                SignatureFormat.CMS,
                List.of("x".getBytes(StandardCharsets.UTF_8)),
                KeyFilter.any(),
                true,
                false,
                "ru");

        assertThatThrownBy(() -> await(service.signXml(cms, new XmlPlacement("/a", ""))))
                .isInstanceOf(HostSigningException.class)
                .hasMessageContaining("XML placement");
    }

    @Test
    void whenTimestampAskedForDataThatIsNoCms_thenItFailsWithoutContactingATsa() throws Exception {
        SigningService service = service(HostWindows.unavailable(), new Pkcs11Libraries(Map.of()));

        assertThatThrownBy(
                        () -> await(service.addTimestamp("https://a.gov.kz", "c1", new byte[] {0x30, 0x03, 1, 2, 3})))
                .isInstanceOf(HostSigningException.class)
                .hasMessage("the data is not a CMS SignedData");
    }

    @Test
    void whenPlacementMapped_thenEmptyMeansWholeDocumentAndRootParent() {
        XmlSignOptions whole = DocumentSigner.xmlOptions(XmlPlacement.wholeDocument());
        XmlSignOptions selected = DocumentSigner.xmlOptions(new XmlPlacement("/doc/body", ""));
        XmlSignOptions placed = DocumentSigner.xmlOptions(new XmlPlacement("/doc/body", "/doc/head"));

        assertThat(whole.target()).isEqualTo(XmlSignOptions.Target.WHOLE_DOCUMENT);
        assertThat(whole.parentXPath()).isEqualTo("/*");
        assertThat(selected.target()).isEqualTo(XmlSignOptions.Target.XPATH);
        assertThat(selected.targetValue()).isEqualTo("/doc/body");
        assertThat(selected.parentXPath()).isEqualTo("/*");
        assertThat(placed.parentXPath()).isEqualTo("/doc/head");
    }
}

package kz.qoltanba.bridge.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.qoltanba.signing.token.KeyEntry;
import kz.qoltanba.signing.token.KeyStoreSource;
import kz.qoltanba.signing.token.KeyStores;
import kz.qoltanba.signing.token.StorageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPublisherTest {
    private static final Path DEV_KEY = Path.of("target", "dev-publisher");

    @TempDir
    Path home;

    private KeyEntry developmentPublisher() throws Exception {
        assumeTrue(
                Files.isRegularFile(DEV_KEY.resolve("publisher.p12")),
                "built with a release publisher certificate: no development key");
        char[] password =
                Files.readString(DEV_KEY.resolve("publisher.password")).strip().toCharArray();
        try (KeyStoreSource store = KeyStores.open(StorageType.PKCS12, DEV_KEY.resolve("publisher.p12"), password)) {
            return store.keys().get(0);
        }
    }

    private ModuleManager managerServing(byte[] catalog) {
        return ModuleManager.create(
                home,
                PublisherCertificates.load(home),
                url -> catalog,
                LoadedBundles.none(),
                event -> {},
                Clock.systemUTC());
    }

    private static byte[] emptyCatalog(KeyEntry key) throws Exception {
        Catalog catalog =
                new Catalog(Instant.now(), Optional.of(URI.create("https://example.kz/ncalayer.der")), List.of());
        return CatalogSigning.sign(catalog, key, Clock.systemUTC());
    }

    @Test
    void whenBuilt_thenTheDevelopmentPublisherCertificateIsEmbeddedWithoutItsKey() throws Exception {
        KeyEntry publisher = developmentPublisher();

        assertThat(PublisherCertificates.embedded()).containsExactly(publisher.certificate());
        assertThat(publisher.certificate().getSubjectX500Principal().getName()).contains("development publisher");
        try (var classes = Files.walk(Path.of("target", "classes"))) {
            assertThat(classes.map(Path::toString)).noneMatch(name -> name.endsWith(".p12"));
        }
    }

    @Test
    void whenCatalogIsSignedWithTheDevelopmentKey_thenTheDefaultTrustAcceptsIt() throws Exception {
        Catalog accepted = managerServing(emptyCatalog(developmentPublisher()))
                .refreshCatalog(URI.create("https://example.kz/ncalayer.der"));

        assertThat(accepted.next()).contains(URI.create("https://example.kz/ncalayer.der"));
        assertThat(home.resolve("ncalayer.der")).isRegularFile();
    }

    @Test
    void whenAdministratorAddsAPublisher_thenItsCatalogsAreAcceptedAndJunkFilesIgnored() throws Exception {
        KeyEntry other = CatalogFixtures.publisher("Regional publisher");
        byte[] catalog = emptyCatalog(other);
        assertThatThrownBy(() -> managerServing(catalog).refreshCatalog(URI.create("https://example.kz/c")))
                .isInstanceOf(UntrustedCatalogException.class);

        Path folder = PublisherCertificates.directory(home);
        Files.createDirectories(folder);
        Files.write(folder.resolve("regional.der"), other.certificate().getEncoded());
        Files.writeString(folder.resolve("notes.txt"), "not a certificate");

        assertThat(PublisherCertificates.load(home)).contains(other.certificate());
        assertThat(managerServing(catalog)
                        .refreshCatalog(URI.create("https://example.kz/c"))
                        .modules())
                .isEmpty();
    }

    @Test
    void whenPublisherKeyIsKazakhGost_thenItsCatalogVerifiesAndAnotherGostKeyDoesNot() throws Exception {
        KeyEntry gost = CatalogFixtures.gostPublisher("GOST publisher");
        Path folder = PublisherCertificates.directory(home);
        Files.createDirectories(folder);
        Files.write(folder.resolve("gost.cer"), gost.certificate().getEncoded());

        assertThat(managerServing(emptyCatalog(gost))
                        .refreshCatalog(URI.create("https://example.kz/c"))
                        .modules())
                .isEmpty();
        byte[] forged = emptyCatalog(CatalogFixtures.gostPublisher("GOST publisher"));
        assertThatThrownBy(() -> managerServing(forged).refreshCatalog(URI.create("https://example.kz/c")))
                .isInstanceOf(UntrustedCatalogException.class);
    }
}

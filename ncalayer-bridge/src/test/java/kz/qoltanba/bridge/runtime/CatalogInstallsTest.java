package kz.qoltanba.bridge.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import kz.qoltanba.bridge.catalog.Catalog;
import kz.qoltanba.bridge.catalog.CatalogException;
import kz.qoltanba.bridge.catalog.CatalogUnavailableException;
import kz.qoltanba.bridge.catalog.DropIn;
import kz.qoltanba.bridge.catalog.ModuleHashMismatchException;
import kz.qoltanba.bridge.catalog.ModuleManager;
import kz.qoltanba.bridge.catalog.ModuleNotListedException;
import kz.qoltanba.bridge.catalog.ModuleStatus;
import kz.qoltanba.bridge.catalog.StaleCatalogException;
import kz.qoltanba.bridge.catalog.UntrustedCatalogException;
import kz.qoltanba.bridge.host.PendingHostServices;
import kz.qoltanba.bridge.signing.Confirmation;
import kz.qoltanba.bridge.signing.InteractionContext;
import kz.qoltanba.bridge.signing.KeyCandidate;
import kz.qoltanba.bridge.signing.PasswordPrompt;
import kz.qoltanba.bridge.signing.UserInteraction;
import kz.qoltanba.bridge.spi.HostDialogs;
import kz.qoltanba.bridge.spi.HostProgress;
import kz.qoltanba.bridge.spi.HostSigningException;
import kz.qoltanba.bridge.spi.ModuleInstallException;
import kz.qoltanba.bridge.spi.ModuleInstallException.Reason;
import kz.qoltanba.bridge.spi.UserCancelledException;
import kz.qoltanba.signing.token.StorageType;
import org.junit.jupiter.api.Test;

class CatalogInstallsTest {
    private static final String ORIGIN = "https://portal.example.gov.kz";
    private static final String NAME = "kz.example.module";

    private final List<String> asked = new ArrayList<>();
    private final List<String> installed = new ArrayList<>();
    private boolean decline;

    private static Throwable failureOf(CompletionStage<String> stage) {
        try {
            stage.toCompletableFuture().join();
        } catch (CompletionException e) {
            return e.getCause();
        }
        throw new AssertionError("the stage did not fail");
    }

    private CatalogInstalls installs(CatalogException refusal) {
        return new CatalogInstalls(
                new PendingHostServices(),
                Optional.of(new Asking()::confirmInstall),
                CompletableFuture.completedFuture(new Manager(refusal)),
                Runnable::run);
    }

    @Test
    void whenUserAgrees_thenTheCatalogVersionIsInstalledAndAnswered() {
        String version = installs(null)
                .installModule(ORIGIN, "c1", NAME)
                .toCompletableFuture()
                .join();

        assertThat(version).isEqualTo("2.0.1");
        assertThat(asked).containsExactly(ORIGIN + " " + NAME);
        assertThat(installed).containsExactly(NAME);
    }

    @Test
    void whenUserDeclines_thenCancelledAndNothingInstalled() {
        decline = true;

        assertThat(failureOf(installs(null).installModule(ORIGIN, "c1", NAME)))
                .isInstanceOf(UserCancelledException.class);
        assertThat(installed).isEmpty();
    }

    @Test
    void whenTheCatalogRefuses_thenEachConditionHasItsReasonAndNoLocalPath() {
        Map<CatalogException, Reason> cases = Map.of(
                new ModuleNotListedException("not listed /home/u/.qoltanba"), Reason.NOT_LISTED,
                new ModuleHashMismatchException("SHA-256 of /home/u/x.jar"), Reason.HASH_MISMATCH,
                new UntrustedCatalogException("not accepted /home/u"), Reason.UNTRUSTED_CATALOG,
                new StaleCatalogException("older /home/u"), Reason.UNTRUSTED_CATALOG,
                new CatalogUnavailableException("no catalog in /home/u"), Reason.CATALOG_UNAVAILABLE,
                new kz.qoltanba.bridge.catalog.ModuleInstallException("disk full /home/u"), Reason.FAILED);
        cases.forEach((refusal, reason) -> {
            Throwable failure = failureOf(installs(refusal).installModule(ORIGIN, "c1", NAME));
            assertThat(failure).isInstanceOf(ModuleInstallException.class);
            assertThat(((ModuleInstallException) failure).reason())
                    .as(refusal.toString())
                    .isEqualTo(reason);
            assertThat(failure.getMessage()).doesNotContain("/home/u");
        });
    }

    @Test
    void whenTheHostIsStillStartingOrCannotAsk_thenNotAvailableWithoutAsking() {
        CatalogInstalls starting = new CatalogInstalls(
                new PendingHostServices(),
                Optional.of(new Asking()::confirmInstall),
                new CompletableFuture<>(),
                Runnable::run);
        CatalogInstalls nobodyToAsk = new CatalogInstalls(
                new PendingHostServices(),
                Optional.empty(),
                CompletableFuture.completedFuture(new Manager(null)),
                Runnable::run);

        assertThat(failureOf(starting.installModule(ORIGIN, "c1", NAME)))
                .isInstanceOf(HostSigningException.class)
                .hasMessageContaining("starting");
        assertThat(failureOf(nobodyToAsk.installModule(ORIGIN, "c1", NAME)))
                .isInstanceOf(HostSigningException.class)
                .hasMessageContaining("not available");
        assertThat(asked).isEmpty();
        assertThat(installed).isEmpty();
    }

    @Test
    void whenAModuleShowsAMessageOrProgress_thenTheWrappedDialogsShowThem() {
        List<String> shown = new ArrayList<>();
        HostDialogs dialogs = new HostDialogs() {
            @Override
            public CompletionStage<Path> chooseFile(String origin, String connectionId, String extension, Path start) {
                return CompletableFuture.failedFuture(new HostSigningException("no files here"));
            }

            @Override
            public CompletionStage<Void> showMessage(
                    String origin, String connectionId, String locale, String title, String message) {
                shown.add("message " + locale + " " + title + ": " + message);
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public HostProgress openProgress(String origin, String connectionId, String locale, String title) {
                shown.add("progress " + locale + " " + title);
                return HostProgress.NONE;
            }
        };
        CatalogInstalls installs = new CatalogInstalls(
                dialogs, Optional.empty(), CompletableFuture.completedFuture(new Manager(null)), Runnable::run);

        installs.showMessage(ORIGIN, "c1", "kk", "NURSign", "hello")
                .toCompletableFuture()
                .join();
        installs.openProgress(ORIGIN, "c1", "ru", "Upload").close();

        assertThat(shown).containsExactly("message kk NURSign: hello", "progress ru Upload");
    }

    private final class Manager implements ModuleManager {
        private final CatalogException refusal;

        Manager(CatalogException refusal) {
            this.refusal = refusal;
        }

        @Override
        public void addChangeListener(Runnable listener) {
            // nothing changes
        }

        @Override
        public void removeChangeListener(Runnable listener) {
            // nothing changes
        }

        @Override
        public ModuleStatus install(String symbolicName) throws CatalogException {
            if (refusal != null) {
                throw refusal;
            }
            installed.add(symbolicName);
            return new ModuleStatus(symbolicName, Map.of(), Optional.of("2.0.1"), Optional.of("2.0.1"), false, false);
        }

        @Override
        public List<ModuleStatus> list() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Catalog refreshCatalog() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Catalog refreshCatalog(URI url) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ModuleStatus update(String symbolicName) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void remove(String symbolicName) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<DropIn> installDropIns() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> loadInstalled() {
            throw new UnsupportedOperationException();
        }
    }

    private final class Asking implements UserInteraction {
        @Override
        public void confirmInstall(InteractionContext context, String symbolicName) throws UserCancelledException {
            asked.add(context.origin() + " " + symbolicName);
            if (decline) {
                throw new UserCancelledException("declined");
            }
        }

        @Override
        public StorageType chooseStorage(InteractionContext context, List<StorageType> available) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Path chooseKeyFile(InteractionContext context, StorageType storage, List<Path> recentFirst) {
            throw new UnsupportedOperationException();
        }

        @Override
        public char[] askPassword(InteractionContext context, PasswordPrompt prompt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public KeyCandidate chooseCertificate(InteractionContext context, List<KeyCandidate> candidates) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void confirm(InteractionContext context, Confirmation confirmation) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Path chooseFile(InteractionContext context, String extension, Path startDirectory) {
            throw new UnsupportedOperationException();
        }
    }
}

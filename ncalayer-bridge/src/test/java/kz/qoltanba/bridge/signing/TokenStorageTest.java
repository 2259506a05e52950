package kz.qoltanba.bridge.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import kz.qoltanba.bridge.spi.KeyFilter;
import kz.qoltanba.bridge.spi.KeyPurpose;
import kz.qoltanba.bridge.spi.NoSuitableCertificateException;
import kz.qoltanba.bridge.spi.SignRequest;
import kz.qoltanba.bridge.spi.SignatureFormat;
import kz.qoltanba.signing.token.Pkcs11Libraries;
import kz.qoltanba.signing.token.StorageType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which storages are offered, and a token storage whose device cannot be reached. */
class TokenStorageTest {
    @TempDir
    Path home;

    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final ScriptedInteraction user = new ScriptedInteraction();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private SigningService service(Pkcs11Libraries libraries) {
        return new SigningService(
                user,
                new KeyCandidates(List.of(), Clock.systemUTC()),
                home,
                5,
                libraries,
                null,
                Clock.systemUTC(),
                executor);
    }

    private static SignRequest request(List<String> storages) {
        KeyFilter filter = new KeyFilter(storages, KeyPurpose.ANY, List.of(), null, null, null, List.of());
        return new SignRequest(
                "https://egov.kz", "c", SignatureFormat.CMS, List.of(new byte[] {1}), filter, true, false, "ru");
    }

    private static Throwable failure(SigningService service, SignRequest request) {
        try {
            service.sign(request).toCompletableFuture().join();
            return null;
        } catch (CompletionException e) {
            return e.getCause();
        }
    }

    @Test
    void whenTokenLibraryIsInstalledButNoDeviceAnswers_thenOnlyKeyFilesAreOffered() throws Exception {
        Path library = Files.writeString(home.resolve("libnotatoken.so"), "not a PKCS#11 library");
        user.keyFile = home.resolve("gone.p12");

        Throwable failure = failure(
                service(new Pkcs11Libraries(Map.of(StorageType.KAZTOKEN, library))),
                request(List.of("PKCS12", "AKKaztokenStore", "AKJaCartaStore")));

        assertThat(user.storagesOffered.get(0)).containsExactly(StorageType.PKCS12);
        assertThat(user.prompts).isEmpty();
        assertThat(failure).isInstanceOf(NoSuitableCertificateException.class);
    }

    @Test
    void whenRequestAllowsOnlyTokensWithoutLibrary_thenNoSuitableCertificateWithoutAsking() {
        Throwable failure = failure(
                service(new Pkcs11Libraries(Map.of(StorageType.KAZTOKEN, home.resolve("absent.so")))),
                request(List.of("AKKaztokenStore")));

        assertThat(failure).isInstanceOf(NoSuitableCertificateException.class).hasMessage("no suitable certificate");
        assertThat(user.storagesOffered).isEmpty();
    }

    @Test
    void whenChosenKeyFileDoesNotExist_thenNoSuitableCertificate() {
        user.keyFile = home.resolve("gone.p12");

        assertThatThrownBy(() -> service(new Pkcs11Libraries(Map.of()))
                        .sign(request(List.of()))
                        .toCompletableFuture()
                        .join())
                .hasCauseInstanceOf(NoSuitableCertificateException.class);
        assertThat(user.storagesOffered.get(0)).containsExactly(StorageType.PKCS12, StorageType.JKS);
    }
}

package kz.qoltanba.bridge.unattended;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AuthProvider;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import kz.qoltanba.bridge.config.UnattendedKeys;
import kz.qoltanba.bridge.signing.Confirmation;
import kz.qoltanba.bridge.signing.InteractionContext;
import kz.qoltanba.bridge.signing.KeyCandidate;
import kz.qoltanba.bridge.signing.KeyCandidates;
import kz.qoltanba.bridge.signing.PasswordPrompt;
import kz.qoltanba.bridge.signing.SigningService;
import kz.qoltanba.bridge.signing.SigningTestKeys;
import kz.qoltanba.bridge.signing.UserInteraction;
import kz.qoltanba.bridge.spi.KeyFilter;
import kz.qoltanba.bridge.spi.KeyPurpose;
import kz.qoltanba.bridge.spi.SignRequest;
import kz.qoltanba.bridge.spi.SignResult;
import kz.qoltanba.bridge.spi.SignatureFormat;
import kz.qoltanba.bridge.spi.UserCancelledException;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.devpki.Persona;
import kz.qoltanba.signing.devpki.PersonaKey;
import kz.qoltanba.signing.token.Pkcs11Libraries;
import kz.qoltanba.signing.token.SoftHsm;
import kz.qoltanba.signing.token.StorageType;
import kz.qoltanba.signing.validation.CmsVerifier;
import kz.qoltanba.signing.validation.Indication;
import kz.qoltanba.signing.validation.ValidationReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signing with a key inside a real SoftHSM2 token, mapped as the KAZTOKEN storage ({@code AKKaztokenStore}):
 * the token is offered, its PIN asked, the signature made inside it, and {@code SignResult.keyLocation} is the
 * storage name; in unattended mode with {@code --token-pin-env}, a request only the token's key passes is
 * answered with the token, key files still come first, and a queued {@code {"key":"AKKaztokenStore"}} picks it.
 * Skips without softhsm2 (fails in CI).
 */
class TokenSigningIT {
    private static final String PIN = "24681357";
    private static final String PIN_VARIABLE = "TOKEN_PIN";
    private static final String ORIGIN = "https://test.egov.kz";
    private static final String TOKEN = StorageType.KAZTOKEN.ncaLayerName();

    @TempDir
    static Path folder;

    private static SigningTestKeys keys;
    private static PersonaKey tokenKey;
    private static Pkcs11Libraries libraries;
    private static ExecutorService executor;

    @TempDir
    Path home;

    private Path keysDir;

    @BeforeAll
    static void putALegalEntityKeyIntoAToken() throws Exception {
        SoftHsm softHsm = SoftHsm.prepare();
        long slot = softHsm.initToken("qoltanba-bridge", "87654321", PIN);
        keys = SigningTestKeys.generate(folder.resolve("pki"), KeyAlgorithm.RSA);
        tokenKey = keys.pki.persona(Persona.LEGAL_HEAD, KeyAlgorithm.RSA);
        Provider importer = Security.getProvider("SunPKCS11")
                .configure("--name=import\nlibrary=" + SoftHsm.LIBRARY + "\nslot=" + slot + "\n");
        KeyStore token = KeyStore.getInstance("PKCS11", importer);
        token.load(null, PIN.toCharArray());
        token.setKeyEntry(
                "head", tokenKey.privateKey(), null, tokenKey.keyEntry().chain().toArray(new Certificate[0]));
        ((AuthProvider) importer).logout();
        assertThat(softHsm.slotListIndex("qoltanba-bridge"))
                .as("the host opens a token's first slot")
                .isZero();
        libraries = new Pkcs11Libraries(Map.of(StorageType.KAZTOKEN, SoftHsm.LIBRARY));
        executor = Executors.newCachedThreadPool();
    }

    @AfterAll
    static void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    @BeforeEach
    void keyFileAndTrust() throws Exception {
        keysDir = home.resolve("keys");
        keys.install(Persona.INDIVIDUAL_SIGN, keysDir, "a-sign.p12");
        keys.trustRootIn(home);
    }

    private KeyCandidates candidates() {
        return KeyCandidates.load(home.resolve("trust"), List.of(), Clock.systemUTC());
    }

    private SigningService service(UserInteraction interaction) {
        return new SigningService(interaction, candidates(), home, 5, libraries, null, Clock.systemUTC(), executor);
    }

    private static SignRequest request(String iin, List<String> preferredKeys) {
        KeyFilter filter =
                new KeyFilter(List.of("PKCS12", TOKEN), KeyPurpose.SIGNATURE, List.of(), iin, null, null, null);
        return new SignRequest(
                ORIGIN,
                "c1",
                SignatureFormat.CMS,
                List.of("signed inside the token".getBytes()),
                filter,
                true,
                false,
                "ru",
                preferredKeys);
    }

    private static <T> T await(CompletionStage<T> stage) throws Throwable {
        try {
            return stage.toCompletableFuture().join();
        } catch (CompletionException e) {
            throw e.getCause();
        }
    }

    private static void assertSignedByTheTokenKey(SignResult result) throws Exception {
        assertThat(result.keyLocation()).isEqualTo(TOKEN);
        assertThat(result.certificate()).isEqualTo(tokenKey.certificate());
        ValidationReport report =
                CmsVerifier.create().verify(result.signatures().get(0), Optional.empty(), keys.verification());
        assertThat(report.indication()).as(report.toJson()).isEqualTo(Indication.TOTAL_PASSED);
    }

    /** A person choosing the token, typing its PIN, taking the first certificate and confirming. */
    private static final class TokenUser implements UserInteraction {
        final List<List<StorageType>> storagesOffered = new ArrayList<>();
        final List<PasswordPrompt> prompts = new ArrayList<>();
        final List<List<Path>> keyFilesOffered = new ArrayList<>();
        StorageType storage = StorageType.KAZTOKEN;
        Path keyFile;

        @Override
        public StorageType chooseStorage(InteractionContext context, List<StorageType> available) {
            storagesOffered.add(available);
            return storage;
        }

        @Override
        public Path chooseKeyFile(InteractionContext context, StorageType type, List<Path> recentFirst) {
            keyFilesOffered.add(recentFirst);
            return keyFile;
        }

        @Override
        public char[] askPassword(InteractionContext context, PasswordPrompt prompt) {
            prompts.add(prompt);
            return storage.isToken() ? PIN.toCharArray() : SigningTestKeys.PASSWORD.toCharArray();
        }

        @Override
        public KeyCandidate chooseCertificate(InteractionContext context, List<KeyCandidate> candidates) {
            return candidates.get(0);
        }

        @Override
        public void confirm(InteractionContext context, Confirmation confirmation) {
            // confirmed
        }

        @Override
        public Path chooseFile(InteractionContext context, String extension, Path start) throws UserCancelledException {
            throw new UserCancelledException("no file here");
        }
    }

    @Test
    void whenTheUserChoosesThePresentToken_thenItSignsInsideItAndKeyLocationIsTheStorageName() throws Throwable {
        TokenUser user = new TokenUser();

        SignResult result = await(service(user).sign(request(null, List.of())));

        assertThat(user.storagesOffered.get(0)).containsExactly(StorageType.PKCS12, StorageType.KAZTOKEN);
        assertThat(user.prompts)
                .singleElement()
                .satisfies(prompt -> assertThat(prompt.target()).isEqualTo(TOKEN));
        assertThat(user.keyFilesOffered).as("no key file is asked for a token").isEmpty();
        assertSignedByTheTokenKey(result);
        assertThat(home.resolve(SigningService.RECENT_KEYS_FILE))
                .as("a token is not a recent key file")
                .doesNotExist();
    }

    @Test
    void whenAModulePassesTheTokensKeyLocationBack_thenTheKeyFileListLeavesItOut() throws Throwable {
        TokenUser user = new TokenUser();
        SignResult first = await(service(user).sign(request(null, List.of())));
        user.storage = StorageType.PKCS12;
        user.keyFile = keysDir.resolve("a-sign.p12");

        SignResult second = await(service(user).sign(request(null, List.of(first.keyLocation()))));

        assertThat(user.keyFilesOffered).containsExactly(List.of());
        assertThat(second.keyLocation()).isEqualTo(user.keyFile.toAbsolutePath().toString());
    }

    private UnattendedMode unattended(UnattendedKeys config) throws Exception {
        return UnattendedMode.create(
                config, candidates(), Map.of(PIN_VARIABLE, PIN)::get, Clock.systemUTC(), libraries);
    }

    @Test
    void whenOnlyTheTokensKeyPassesTheFilters_thenUnattendedModeSignsWithTheToken() throws Throwable {
        UnattendedMode mode = unattended(new UnattendedKeys(null, null, keysDir, PIN_VARIABLE));

        SignResult result = await(service(mode.interaction()).sign(request("850715300459", List.of())));

        assertSignedByTheTokenKey(result);
        AnswerLog.Entry entry = mode.log().entries().get(0);
        assertThat(entry.key()).isEqualTo(TOKEN);
        assertThat(entry.answer()).isEqualTo("default");
    }

    @Test
    void whenAKeyFilePassesToo_thenUnattendedModeTakesTheKeyFileUnlessTheTokenIsQueued() throws Throwable {
        UnattendedMode mode = unattended(new UnattendedKeys(null, null, keysDir, PIN_VARIABLE));
        SigningService service = service(mode.interaction());

        SignResult byDefault = await(service.sign(request(null, List.of())));
        mode.queue().add(new Answer.UseKey(TOKEN));
        SignResult queued = await(service.sign(request(null, List.of())));

        assertThat(byDefault.keyLocation()).endsWith("a-sign.p12");
        assertSignedByTheTokenKey(queued);
        assertThat(mode.log().entries().get(1).answer()).isEqualTo("key");
    }

    @Test
    void whenOnlyATokenPinIsConfigured_thenUnattendedModeSignsWithTheTokenAlone() throws Throwable {
        Files.delete(keysDir.resolve("a-sign.p12"));
        UnattendedMode mode = unattended(new UnattendedKeys(null, null, null, PIN_VARIABLE));

        assertSignedByTheTokenKey(await(service(mode.interaction()).sign(request(null, List.of()))));
    }

    @Test
    void whenNoTokenPinIsConfigured_thenUnattendedModeNeverOpensTheToken() throws Throwable {
        UnattendedMode mode = unattended(new UnattendedKeys(null, null, keysDir));

        SignResult result = await(service(mode.interaction()).sign(request(null, List.of())));

        assertThat(result.keyLocation()).endsWith("a-sign.p12");
    }
}

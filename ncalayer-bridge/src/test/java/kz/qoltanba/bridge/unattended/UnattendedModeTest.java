package kz.qoltanba.bridge.unattended;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import kz.qoltanba.bridge.config.ConfigException;
import kz.qoltanba.bridge.config.UnattendedKeys;
import kz.qoltanba.bridge.signing.KeyCandidates;
import kz.qoltanba.bridge.signing.SigningService;
import kz.qoltanba.bridge.signing.SigningTestKeys;
import kz.qoltanba.bridge.spi.KeyFilter;
import kz.qoltanba.bridge.spi.KeyPurpose;
import kz.qoltanba.bridge.spi.NoSuitableCertificateException;
import kz.qoltanba.bridge.spi.SignRequest;
import kz.qoltanba.bridge.spi.SignResult;
import kz.qoltanba.bridge.spi.SignatureFormat;
import kz.qoltanba.bridge.spi.UserCancelledException;
import kz.qoltanba.bridge.spi.WrongPasswordException;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.devpki.Persona;
import kz.qoltanba.signing.validation.CmsVerifier;
import kz.qoltanba.signing.validation.Indication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnattendedModeTest {
    private static final String ORIGIN = "https://test.egov.kz";
    private static final KeyFilter SIGNATURE =
            new KeyFilter(List.of(), KeyPurpose.SIGNATURE, List.of(), null, null, null, null);

    @TempDir
    static Path pkiFolder;

    private static SigningTestKeys keys;
    private static ExecutorService executor;

    @TempDir
    Path home;

    private Path keysDir;

    @BeforeAll
    static void generate() throws Exception {
        keys = SigningTestKeys.generate(pkiFolder, KeyAlgorithm.RSA);
        executor = Executors.newCachedThreadPool();
    }

    @AfterAll
    static void stop() {
        executor.shutdownNow();
    }

    @BeforeEach
    void keysFolder() throws Exception {
        keysDir = home.resolve("keys");
        keys.install(Persona.INDIVIDUAL_AUTH, keysDir, "a-auth.p12");
        keys.install(Persona.LEGAL_HEAD, keysDir, "b-head.p12");
        keys.install(Persona.INDIVIDUAL_SIGN, keysDir, "c-sign.p12");
        keys.trustRootIn(home);
    }

    private UnattendedMode mode(UnattendedKeys config, Map<String, String> environment) throws ConfigException {
        return UnattendedMode.create(config, candidates(), environment::get, Clock.systemUTC());
    }

    private KeyCandidates candidates() {
        return KeyCandidates.load(home.resolve("trust"), List.of(), Clock.systemUTC());
    }

    private SigningService service(UnattendedMode mode) {
        return new SigningService(mode.interaction(), candidates(), home, 5, null, Clock.systemUTC(), executor);
    }

    private static SignRequest request(KeyFilter filter) {
        return new SignRequest(ORIGIN, "c1", SignatureFormat.CMS, List.of(new byte[] {7}), filter, true, false, "en");
    }

    private static <T> T await(CompletionStage<T> stage) throws Throwable {
        try {
            return stage.toCompletableFuture().join();
        } catch (CompletionException e) {
            throw e.getCause();
        }
    }

    @Test
    void whenPasswordFileReadableByOthers_thenStartIsRefusedNamingTheFile() throws Exception {
        Path open = keysDir.resolve("b-head.password");
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> mode(new UnattendedKeys(null, null, keysDir), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("b-head.password")
                .hasMessageContaining("readable by other users");
    }

    @Test
    void whenPasswordFileMissing_thenStartIsRefused() throws Exception {
        Files.delete(keysDir.resolve("c-sign.password"));

        assertThatThrownBy(() -> mode(new UnattendedKeys(null, null, keysDir), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("c-sign.password");
    }

    @Test
    void whenNothingQueued_thenFirstKeyInNameOrderPassingTheFiltersSignsAndIsLogged() throws Throwable {
        UnattendedMode mode = mode(new UnattendedKeys(null, null, keysDir), Map.of());

        SignResult result = await(service(mode).sign(request(SIGNATURE)));

        assertThat(result.certificate())
                .isEqualTo(
                        keys.pki.persona(Persona.LEGAL_HEAD, KeyAlgorithm.RSA).certificate());
        assertThat(CmsVerifier.create()
                        .verify(result.signatures().get(0), Optional.empty(), keys.verification())
                        .indication())
                .isEqualTo(Indication.TOTAL_PASSED);
        AnswerLog.Entry entry = mode.log().entries().get(0);
        assertThat(entry.answer()).isEqualTo("default");
        assertThat(entry.key()).isEqualTo("b-head.p12");
        assertThat(entry.serial()).isEqualTo(keys.serial(Persona.LEGAL_HEAD));
        assertThat(entry.origin()).isEqualTo(ORIGIN);
    }

    @Test
    void whenKeyQueued_thenThatKeySignsOnceAndThenTheDefaultAgain() throws Throwable {
        UnattendedMode mode = mode(new UnattendedKeys(null, null, keysDir), Map.of());
        mode.queue().add(new Answer.UseKey("c-sign.p12"));
        SigningService service = service(mode);

        SignResult queued = await(service.sign(request(SIGNATURE)));
        SignResult next = await(service.sign(request(SIGNATURE)));

        assertThat(queued.certificate())
                .isEqualTo(keys.pki
                        .persona(Persona.INDIVIDUAL_SIGN, KeyAlgorithm.RSA)
                        .certificate());
        assertThat(next.certificate())
                .isEqualTo(
                        keys.pki.persona(Persona.LEGAL_HEAD, KeyAlgorithm.RSA).certificate());
        assertThat(mode.log().entries()).extracting(AnswerLog.Entry::answer).containsExactly("key", "default");
    }

    @Test
    void whenNoKeyPassesTheFilters_thenNoSuitableCertificate() throws Exception {
        UnattendedMode mode = mode(new UnattendedKeys(null, null, keysDir), Map.of());
        KeyFilter unknownIin = new KeyFilter(List.of(), KeyPurpose.ANY, List.of(), "030217500226", null, null, null);

        assertThatThrownBy(() -> await(service(mode).sign(request(unknownIin))))
                .isInstanceOf(NoSuitableCertificateException.class)
                .hasMessage("no suitable certificate");
    }

    @Test
    void whenCancelQueued_thenRequestIsCancelledAndLogged() throws Exception {
        UnattendedMode mode = mode(new UnattendedKeys(null, null, keysDir), Map.of());
        mode.queue().add(new Answer.Cancel());

        assertThatThrownBy(() -> await(service(mode).sign(request(SIGNATURE))))
                .isInstanceOf(UserCancelledException.class);
        assertThat(mode.log().entries()).extracting(AnswerLog.Entry::answer).containsExactly("cancel");
    }

    @Test
    void whenWrongPasswordQueued_thenRequestFailsWithWrongPassword() throws Exception {
        UnattendedMode mode = mode(new UnattendedKeys(null, null, keysDir), Map.of());
        mode.queue().add(new Answer.WrongPassword());

        assertThatThrownBy(() -> await(service(mode).sign(request(SIGNATURE))))
                .isInstanceOf(WrongPasswordException.class);
        assertThat(mode.log().entries()).extracting(AnswerLog.Entry::answer).containsExactly("wrong-password");
    }

    @Test
    void whenFileQueued_thenNextFileChoiceGetsItAndAFurtherOneIsCancelled() throws Throwable {
        UnattendedMode mode = mode(new UnattendedKeys(null, null, keysDir), Map.of());
        Path chosen = home.resolve("document.pdf").toAbsolutePath();
        mode.queue().add(new Answer.ChooseFile(chosen));
        SigningService service = service(mode);

        assertThat(await(service.chooseFile(ORIGIN, "c1", "ALL", null))).isEqualTo(chosen);
        assertThatThrownBy(() -> await(service.chooseFile(ORIGIN, "c1", "ALL", null)))
                .isInstanceOf(UserCancelledException.class);
    }

    @Test
    void whenFileQueuedBeforeKey_thenEachQuestionTakesItsOwnKindInOrder() throws Throwable {
        UnattendedMode mode = mode(new UnattendedKeys(null, null, keysDir), Map.of());
        mode.queue().add(new Answer.ChooseFile(home.toAbsolutePath()));
        mode.queue().add(new Answer.UseKey("c-sign.p12"));

        SignResult result = await(service(mode).sign(request(SIGNATURE)));

        assertThat(result.certificate())
                .isEqualTo(keys.pki
                        .persona(Persona.INDIVIDUAL_SIGN, KeyAlgorithm.RSA)
                        .certificate());
        assertThat(mode.queue().takeForFileChoice()).contains(new Answer.ChooseFile(home.toAbsolutePath()));
    }

    @Test
    void whenSingleKeystoreWithPasswordVariable_thenItSigns() throws Throwable {
        Path keystore = keys.keyFile(Persona.LEGAL_SIGNING_RIGHT);
        UnattendedMode mode = mode(
                new UnattendedKeys(keystore, "KEY_PASSWORD", null), Map.of("KEY_PASSWORD", SigningTestKeys.PASSWORD));

        SignResult result = await(service(mode).sign(request(SIGNATURE)));

        assertThat(result.certificate())
                .isEqualTo(keys.pki
                        .persona(Persona.LEGAL_SIGNING_RIGHT, KeyAlgorithm.RSA)
                        .certificate());
    }

    @Test
    void whenManyRequestsArriveAtOnce_thenEachGetsItsOwnValidSignatureAndQueuedAnswersAreUsedOnce() throws Throwable {
        UnattendedMode mode = mode(new UnattendedKeys(null, null, keysDir), Map.of());
        mode.queue().add(new Answer.UseKey("c-sign.p12"));
        SigningService service = service(mode);
        java.util.Random random = new java.util.Random();
        List<byte[]> documents = new java.util.ArrayList<>();
        List<CompletionStage<SignResult>> stages = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            byte[] document = new byte[1024];
            random.nextBytes(document);
            documents.add(document);
            stages.add(service.sign(new SignRequest(
                    ORIGIN, "c" + i, SignatureFormat.CMS, List.of(document), SIGNATURE, false, false, "kk")));
        }

        int queuedKeyUsed = 0;
        for (int i = 0; i < stages.size(); i++) {
            SignResult result = await(stages.get(i));
            assertThat(CmsVerifier.create()
                            .verify(
                                    result.signatures().get(0),
                                    Optional.of(new java.io.ByteArrayInputStream(documents.get(i))),
                                    keys.verification())
                            .indication())
                    .isEqualTo(Indication.TOTAL_PASSED);
            if (result.certificate()
                    .equals(keys.pki
                            .persona(Persona.INDIVIDUAL_SIGN, KeyAlgorithm.RSA)
                            .certificate())) {
                queuedKeyUsed++;
            }
        }
        assertThat(queuedKeyUsed).isEqualTo(1);
        assertThat(mode.log().entries()).hasSize(12);
    }

    @Test
    void whenFiftyRequestsArriveWithNothingQueued_thenConversationsOverlapAndEachSignsWithTheDefaultKey()
            throws Throwable {
        UnattendedMode mode = mode(new UnattendedKeys(null, null, keysDir), Map.of());
        OverlapProbe probe = new OverlapProbe(mode.interaction());
        SigningService service = new SigningService(probe, candidates(), home, 5, null, Clock.systemUTC(), executor);
        java.util.Random random = new java.util.Random();
        List<byte[]> documents = new java.util.ArrayList<>();
        List<CompletionStage<SignResult>> stages = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            byte[] document = new byte[256];
            random.nextBytes(document);
            documents.add(document);
            stages.add(service.sign(new SignRequest(
                    ORIGIN, "c" + i, SignatureFormat.CMS, List.of(document), SIGNATURE, false, false, "en")));
        }

        for (int i = 0; i < stages.size(); i++) {
            SignResult result = await(stages.get(i));
            assertThat(result.certificate())
                    .isEqualTo(keys.pki
                            .persona(Persona.LEGAL_HEAD, KeyAlgorithm.RSA)
                            .certificate());
            assertThat(CmsVerifier.create()
                            .verify(
                                    result.signatures().get(0),
                                    Optional.of(new java.io.ByteArrayInputStream(documents.get(i))),
                                    keys.verification())
                            .indication())
                    .isEqualTo(Indication.TOTAL_PASSED);
        }
        assertThat(probe.maximumAtOnce()).isGreaterThan(1);
        assertThat(mode.log().entries()).hasSize(50).allSatisfy(entry -> {
            assertThat(entry.answer()).isEqualTo("default");
            assertThat(entry.key()).isEqualTo("b-head.p12");
        });
    }

    @Test
    void whenAModulePrefersKeys_thenTheDefaultAnswerIsUnchangedAndTheLogRecordsTheOfferedOrder() throws Throwable {
        UnattendedMode mode = mode(new UnattendedKeys(null, null, keysDir), Map.of());
        Path preferred = keysDir.resolve("c-sign.p12").toAbsolutePath();
        SignRequest request = new SignRequest(
                ORIGIN,
                "c1",
                SignatureFormat.CMS,
                List.of(new byte[] {7}),
                SIGNATURE,
                true,
                false,
                "en",
                List.of(preferred.toString(), "/nonexistent/key.p12"));

        SignResult result = await(service(mode).sign(request));

        AnswerLog.Entry entry = mode.log().entries().get(0);
        assertThat(entry.key()).as("first passing key in file-name order").isEqualTo("b-head.p12");
        assertThat(entry.offered()).containsExactly(preferred.toString());
        assertThat(result.keyLocation())
                .isEqualTo(keysDir.resolve("b-head.p12").toAbsolutePath().toString());
    }

    @Test
    void whenAModuleShowsAMessage_thenItIsLoggedWithItsTitle() throws Throwable {
        UnattendedMode mode = mode(new UnattendedKeys(null, null, keysDir), Map.of());

        await(service(mode).showMessage(ORIGIN, "c1", "ru", "NURSign", "nursign.properties: line 3 is wrong"));

        AnswerLog.Entry entry = mode.log().entries().get(0);
        assertThat(entry.type()).isEqualTo(AnswerLog.MESSAGE);
        assertThat(entry.details())
                .containsEntry("title", "NURSign")
                .containsEntry("message", "nursign.properties: line 3 is wrong");
    }

    @Test
    void whenAModuleReportsProgressOften_thenOnlyStartQuartersAndEndAreLogged() {
        UnattendedMode mode = mode0();
        SigningService service = service(mode);

        try (var progress = service.openProgress(ORIGIN, "c1", "kk", "Upload")) {
            for (long done = 0; done <= 1000; done += 10) {
                progress.update("Uploading", done, 1000);
            }
        }

        assertThat(mode.log().entries())
                .allSatisfy(entry -> assertThat(entry.type()).isEqualTo(AnswerLog.PROGRESS))
                .extracting(entry -> entry.details().get("phase"))
                .containsExactly("start", "25%", "50%", "75%", "100%", "end");
        assertThat(mode.log().entries().get(5).details())
                .containsEntry("title", "Upload")
                .containsEntry("done", 1000L)
                .containsEntry("percent", 100);
    }

    @Test
    void whenProgressIsBad_thenTheUpdateIsRefusedNamingTheProblem() {
        SigningService service = service(mode0());

        try (var progress = service.openProgress(ORIGIN, "c1", "en", "Upload")) {
            assertThatThrownBy(() -> progress.update("x", -1, 10))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("done must not be negative");
            assertThatThrownBy(() -> progress.update("x", 1, -2))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("total must be -1 (unknown) or a count");
        }
        assertThatThrownBy(() -> service.openProgress(ORIGIN, "c1", "en", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("openProgress: the title is missing");
        assertThatThrownBy(() -> await(service.showMessage(ORIGIN, "c1", "en", "t", null)))
                .hasMessage("showMessage: the message is missing");
    }

    private UnattendedMode mode0() {
        try {
            return mode(new UnattendedKeys(null, null, keysDir), Map.of());
        } catch (ConfigException e) {
            throw new IllegalStateException(e);
        }
    }
}

package kz.qoltanba.bridge.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import kz.qoltanba.bridge.audit.AuditEvent;
import kz.qoltanba.bridge.origin.Connections;
import kz.qoltanba.bridge.origin.Consent;
import kz.qoltanba.bridge.origin.ConsentPrompt;
import kz.qoltanba.bridge.origin.Origin;
import kz.qoltanba.bridge.spi.HostException;
import kz.qoltanba.bridge.spi.HostSigningException;
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
import kz.qoltanba.signing.validation.ValidationReport;
import kz.qoltanba.signing.validation.XmlVerifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningServiceTest {
    private static final String ORIGIN = "https://portal.example.gov.kz";

    @TempDir
    static Path pkiFolder;

    private static SigningTestKeys keys;
    private static ExecutorService executor;

    @TempDir
    Path home;

    private final ScriptedInteraction user = new ScriptedInteraction();

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
    void legalHeadWithRightPassword() {
        user.keyFile = keys.keyFile(Persona.LEGAL_HEAD);
        user.passwords.add(SigningTestKeys.PASSWORD);
    }

    private SigningService service(boolean trustRoot) throws Exception {
        if (trustRoot) {
            keys.trustRootIn(home);
        }
        KeyCandidates candidates = KeyCandidates.load(home.resolve("trust"), List.of(), Clock.systemUTC());
        return new SigningService(user, candidates, home, 5, null, Clock.systemUTC(), executor);
    }

    private static SignRequest request(SignatureFormat format, boolean encapsulate, KeyFilter filter, byte[]... docs) {
        return new SignRequest(ORIGIN, "c1", format, List.of(docs), filter, encapsulate, false, "ru");
    }

    private static SignResult await(java.util.concurrent.CompletionStage<SignResult> stage) throws Throwable {
        try {
            return stage.toCompletableFuture().join();
        } catch (CompletionException e) {
            throw e.getCause();
        }
    }

    @Test
    void whenKeyChosenAndConfirmed_thenAttachedCmsVerifiesAndConfirmationShowsOriginAndSigner() throws Throwable {
        byte[] document = "платёжное поручение №1".getBytes(StandardCharsets.UTF_8);

        SignResult result = await(service(true).sign(request(SignatureFormat.CMS, true, KeyFilter.any(), document)));

        ValidationReport report =
                CmsVerifier.create().verify(result.signatures().get(0), Optional.empty(), keys.verification());
        assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(result.certificate())
                .isEqualTo(
                        keys.pki.persona(Persona.LEGAL_HEAD, KeyAlgorithm.RSA).certificate());
        Confirmation shown = user.confirmations.get(0);
        assertThat(shown.origin()).isEqualTo(ORIGIN);
        assertThat(shown.documentCount()).isEqualTo(1);
        assertThat(shown.totalBytes()).isEqualTo(document.length);
        assertThat(shown.signer().info().iin()).isEqualTo("850715300459");
        assertThat(shown.signer().info().bin()).isEqualTo("210540001207");
    }

    @Test
    void whenDetachedRequested_thenCmsVerifiesOnlyWithTheContent() throws Throwable {
        byte[] document = "detached".getBytes(StandardCharsets.UTF_8);

        SignResult result = await(service(true).sign(request(SignatureFormat.CMS, false, KeyFilter.any(), document)));

        ValidationReport report = CmsVerifier.create()
                .verify(
                        result.signatures().get(0),
                        Optional.of(new java.io.ByteArrayInputStream(document)),
                        keys.verification());
        assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void whenSigningOverDigest_thenCmsVerifiesAgainstThatDigest() throws Throwable {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest("big file".getBytes(StandardCharsets.UTF_8));

        SignResult result =
                await(service(true).sign(request(SignatureFormat.CMS_OVER_DIGEST, false, KeyFilter.any(), digest)));

        ValidationReport report = CmsVerifier.create()
                .verifyDigest(result.signatures().get(0), digest, "2.16.840.1.101.3.4.2.1", keys.verification());
        assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void whenDigestHasWrongLength_thenSigningFailsClearly() throws Exception {
        SigningService service = service(true);

        assertThatThrownBy(() -> await(
                        service.sign(request(SignatureFormat.CMS_OVER_DIGEST, false, KeyFilter.any(), new byte[68]))))
                .isInstanceOf(HostSigningException.class)
                .hasMessageContaining("32-byte");
    }

    @Test
    void whenTwoXmlDocuments_thenEachIsSignedAndVerifiesAndPreviewShown() throws Throwable {
        byte[] first = "<doc><a>1</a></doc>".getBytes(StandardCharsets.UTF_8);
        byte[] second = "<doc><a>2</a></doc>".getBytes(StandardCharsets.UTF_8);

        SignResult result =
                await(service(true).sign(request(SignatureFormat.XML, true, KeyFilter.any(), first, second)));

        assertThat(result.signatures()).hasSize(2);
        for (byte[] signed : result.signatures()) {
            assertThat(XmlVerifier.create().verify(signed, keys.verification()).indication())
                    .isEqualTo(Indication.TOTAL_PASSED);
        }
        assertThat(new String(result.signatures().get(1), StandardCharsets.UTF_8))
                .contains("<a>2</a>");
        assertThat(user.confirmations.get(0).xmlPreview()).isEqualTo("<doc><a>1</a></doc>");
        assertThat(user.confirmations.get(0).documentCount()).isEqualTo(2);
    }

    @Test
    void whenPasswordWrongOnceThenRight_thenRetryIsAskedAndSigningSucceeds() throws Throwable {
        user.passwords.clear();
        user.passwords.add("wrong");
        user.passwords.add(SigningTestKeys.PASSWORD);

        await(service(true).sign(request(SignatureFormat.RAW, true, KeyFilter.any(), new byte[] {1, 2, 3})));

        assertThat(user.prompts).hasSize(2);
        assertThat(user.prompts.get(0).retry()).isFalse();
        assertThat(user.prompts.get(1).retry()).isTrue();
        assertThat(user.prompts.get(1).target()).isEqualTo("legal_head.p12");
    }

    @Test
    void whenPasswordStaysWrong_thenWrongPasswordAfterThreeAttempts() throws Exception {
        user.passwords.clear();
        user.passwords.addAll(List.of("a", "b", "c", "d"));
        SigningService service = service(true);

        assertThatThrownBy(
                        () -> await(service.sign(request(SignatureFormat.CMS, true, KeyFilter.any(), new byte[] {1}))))
                .isInstanceOf(WrongPasswordException.class);
        assertThat(user.prompts).hasSize(3);
    }

    @Test
    void whenUserCancelsConfirmation_thenUserCancelled() throws Exception {
        user.cancelConfirmation = true;
        SigningService service = service(true);

        assertThatThrownBy(
                        () -> await(service.sign(request(SignatureFormat.CMS, true, KeyFilter.any(), new byte[] {1}))))
                .isInstanceOf(UserCancelledException.class);
    }

    @Test
    void whenNoTrustAnchorAndNoChainInRequest_thenNoSuitableCertificate() throws Exception {
        SigningService service = service(false);

        assertThatThrownBy(
                        () -> await(service.sign(request(SignatureFormat.CMS, true, KeyFilter.any(), new byte[] {1}))))
                .isInstanceOf(NoSuitableCertificateException.class)
                .hasMessage("no suitable certificate");
    }

    @Test
    void whenNoTrustAnchorAndNoChainInRequest_thenTheLogSaysWhy() throws Exception {
        SigningService service = service(false);
        java.io.PrintStream original = System.err;
        java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            assertThatThrownBy(() ->
                            await(service.sign(request(SignatureFormat.CMS, true, KeyFilter.any(), new byte[] {1}))))
                    .isInstanceOf(NoSuitableCertificateException.class);
        } finally {
            System.setErr(original);
        }

        assertThat(log.toString(StandardCharsets.UTF_8))
                .contains("the request has no chain and no trust anchor is configured")
                .contains("<home>/trust/");
    }

    private SigningService serviceOverSockets(Connections connections, List<AuditEvent> audit) throws Exception {
        keys.trustRootIn(home);
        KeyCandidates candidates = KeyCandidates.load(home.resolve("trust"), List.of(), Clock.systemUTC());
        return new SigningService(
                user,
                HostWindows.unavailable(),
                candidates,
                home,
                5,
                kz.qoltanba.signing.token.Pkcs11Libraries.defaults(),
                null,
                Clock.systemUTC(),
                executor,
                connections,
                audit::add);
    }

    @Test
    void whenAModuleNamesAnotherOriginThanItsSocket_thenTheRequestIsRefusedBeforeAnyDialog() throws Exception {
        Connections connections = new Connections();
        connections.opened("c1", "https://other.example.com");
        List<AuditEvent> audit = new java.util.concurrent.CopyOnWriteArrayList<>();
        SigningService service = serviceOverSockets(connections, audit);

        assertThatThrownBy(
                        () -> await(service.sign(request(SignatureFormat.CMS, true, KeyFilter.any(), new byte[] {1}))))
                .isInstanceOf(HostSigningException.class)
                .hasMessageContaining(ORIGIN)
                .hasMessageContaining("https://other.example.com");
        assertThat(user.confirmations).isEmpty();
        assertThat(audit).singleElement().satisfies(event -> {
            assertThat(event.origin()).isEqualTo("https://other.example.com");
            assertThat(event.outcome()).isEqualTo("refused: origin mismatch");
        });
    }

    @Test
    void whenAModuleShowsAMessageForAnotherOrigin_thenItIsRefused() throws Exception {
        Connections connections = new Connections();
        connections.opened("c1", "https://other.example.com");
        SigningService service = serviceOverSockets(connections, new java.util.ArrayList<>());

        assertThatThrownBy(() -> service.showMessage(ORIGIN, "c1", "ru", "Title", "Text")
                        .toCompletableFuture()
                        .join())
                .hasCauseInstanceOf(HostSigningException.class)
                .hasMessageContaining(ORIGIN)
                .hasMessageContaining("https://other.example.com");
        service.showMessage("https://other.example.com", "c1", "ru", "Title", "Text")
                .toCompletableFuture()
                .join();
    }

    @Test
    void whenAModuleOpensProgressForAnotherOrigin_thenItIsRefused() throws Exception {
        Connections connections = new Connections();
        connections.opened("c1", "https://other.example.com");
        SigningService service = serviceOverSockets(connections, new java.util.ArrayList<>());

        assertThatThrownBy(() -> service.openProgress(ORIGIN, "c1", "ru", "Title"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("openProgress")
                .hasMessageContaining("https://other.example.com");
        assertThat(service.openProgress("https://other.example.com", "c1", "ru", "Title"))
                .isNotNull();
    }

    @Test
    void whenAnInstallIsAskedForAnotherOrigin_thenItIsRefusedBeforeTheQuestion() throws Exception {
        Connections connections = new Connections();
        connections.opened("c1", "https://other.example.com");
        SigningService service = serviceOverSockets(connections, new java.util.ArrayList<>());

        assertThatThrownBy(() -> service.confirmInstall(
                        new InteractionContext(ORIGIN, "c1", "ru", KeyFilter.any()), "kz.example.module"))
                .isInstanceOf(HostSigningException.class)
                .hasMessageContaining("https://other.example.com");
        assertThat(user.events).isEmpty();
    }

    @Test
    void whenTheConnectionIsNotOpen_thenTheRequestIsRefused() throws Exception {
        SigningService service = serviceOverSockets(new Connections(), new java.util.ArrayList<>());

        assertThatThrownBy(
                        () -> await(service.sign(request(SignatureFormat.CMS, true, KeyFilter.any(), new byte[] {1}))))
                .isInstanceOf(HostSigningException.class)
                .hasMessageContaining("not an open socket");
        assertThat(user.confirmations).isEmpty();
    }

    @Test
    void whenSignedOverAVerifiedSocket_thenOneAuditLineNamesTheCallFormatAndSerial() throws Throwable {
        Connections connections = new Connections();
        connections.opened("c1", ORIGIN);
        connections.calling("c1", "kz.gov.pki.knca.basics", "sign");
        List<AuditEvent> audit = new java.util.concurrent.CopyOnWriteArrayList<>();
        SigningService service = serviceOverSockets(connections, audit);

        SignResult result = await(service.sign(request(SignatureFormat.CMS, true, KeyFilter.any(), new byte[] {1})));

        assertThat(user.confirmations.get(0).origin()).isEqualTo(ORIGIN);
        assertThat(audit).singleElement().satisfies(event -> {
            assertThat(event.origin()).isEqualTo(ORIGIN);
            assertThat(event.connectionId()).isEqualTo("c1");
            assertThat(event.module()).isEqualTo("kz.gov.pki.knca.basics");
            assertThat(event.method()).isEqualTo("sign");
            assertThat(event.format()).isEqualTo("CMS");
            assertThat(event.outcome()).isEqualTo("signed");
            assertThat(event.certificateSerial())
                    .isEqualToIgnoringCase(
                            result.certificate().getSerialNumber().toString(16));
        });
    }

    @Test
    void whenASigningDialogIsOpen_thenTheOriginQuestionWaitsForItToEnd() throws Throwable {
        user.holdConfirmation = new CountDownLatch(1);
        SigningService service = service(true);
        var signing = service.sign(request(SignatureFormat.CMS, true, KeyFilter.any(), new byte[] {1}));
        assertThat(user.confirming.await(10, TimeUnit.SECONDS)).isTrue();
        ConsentPrompt prompt = origin -> {
            user.events.add("origin asked");
            return CompletableFuture.completedFuture(Consent.ALLOW_ONCE);
        };

        var answer =
                service.inTurn(prompt).ask(Origin.parse("https://other.example").orElseThrow());
        Thread.sleep(200);
        assertThat(user.events).doesNotContain("origin asked");
        user.holdConfirmation.countDown();

        assertThat(answer.toCompletableFuture().get(10, TimeUnit.SECONDS)).isEqualTo(Consent.ALLOW_ONCE);
        await(signing);
        assertThat(user.events).containsSubsequence("confirmation answered", "origin asked");
    }

    @Test
    void whenRequestChainIsEmpty_thenChainIsNotCheckedAndUntrustedKeySigns() throws Throwable {
        user.keyFile = keys.keyFile(Persona.UNTRUSTED);
        KeyFilter noChainCheck = new KeyFilter(List.of(), KeyPurpose.ANY, List.of(), null, null, null, List.of());

        SignResult result = await(service(true).sign(request(SignatureFormat.CMS, true, noChainCheck, new byte[] {1})));

        assertThat(result.certificate())
                .isEqualTo(keys.pki.persona(Persona.UNTRUSTED, KeyAlgorithm.RSA).certificate());
    }

    @Test
    void whenUntrustedKeyAndConfiguredAnchors_thenNoSuitableCertificate() throws Exception {
        user.keyFile = keys.keyFile(Persona.UNTRUSTED);
        SigningService service = service(true);

        assertThatThrownBy(
                        () -> await(service.sign(request(SignatureFormat.CMS, true, KeyFilter.any(), new byte[] {1}))))
                .isInstanceOf(NoSuitableCertificateException.class);
    }

    @Test
    void whenRequestChainHoldsTheRoot_thenKeyIsOfferedWithoutConfiguredAnchors() throws Throwable {
        KeyFilter chain = new KeyFilter(List.of(), KeyPurpose.ANY, List.of(), null, null, null, List.of(keys.root()));

        SignResult result = await(service(false).sign(request(SignatureFormat.CMS, true, chain, new byte[] {1})));

        assertThat(result.signatures()).hasSize(1);
    }

    @Test
    void whenIinOrPurposeFilterDoesNotMatch_thenNoSuitableCertificate() throws Exception {
        SigningService service = service(true);
        KeyFilter otherIin = new KeyFilter(List.of(), KeyPurpose.ANY, List.of(), "900101400122", null, null, null);
        KeyFilter auth = new KeyFilter(List.of(), KeyPurpose.AUTHENTICATION, List.of(), null, null, null, null);

        assertThatThrownBy(() -> await(service.sign(request(SignatureFormat.CMS, true, otherIin, new byte[] {1}))))
                .isInstanceOf(NoSuitableCertificateException.class);
        user.passwords.add(SigningTestKeys.PASSWORD);
        assertThatThrownBy(() -> await(service.sign(request(SignatureFormat.CMS, true, auth, new byte[] {1}))))
                .isInstanceOf(NoSuitableCertificateException.class);
    }

    @Test
    void whenBinAndSerialMatch_thenCertificateIsOffered() throws Throwable {
        KeyFilter filter = new KeyFilter(
                List.of("PKCS12"),
                KeyPurpose.SIGNATURE,
                List.of(),
                null,
                "210540001207",
                keys.serial(Persona.LEGAL_HEAD),
                null);

        await(service(true).sign(request(SignatureFormat.CMS, true, filter, new byte[] {1})));

        assertThat(user.offered.get(0)).hasSize(1);
    }

    @Test
    void whenKeyFileUsed_thenItIsOfferedFirstNextTimeAndNoPasswordIsStored() throws Throwable {
        SigningService service = service(true);
        await(service.sign(request(SignatureFormat.CMS, true, KeyFilter.any(), new byte[] {1})));
        user.keyFile = keys.keyFile(Persona.LEGAL_SIGNING_RIGHT);
        user.passwords.add(SigningTestKeys.PASSWORD);
        await(service.sign(request(SignatureFormat.CMS, true, KeyFilter.any(), new byte[] {1})));
        user.passwords.add(SigningTestKeys.PASSWORD);

        await(service.sign(request(SignatureFormat.CMS, true, KeyFilter.any(), new byte[] {1})));

        assertThat(user.recentOffered.get(2))
                .containsExactly(keys.keyFile(Persona.LEGAL_SIGNING_RIGHT), keys.keyFile(Persona.LEGAL_HEAD));
        assertThat(Files.readString(home.resolve(SigningService.RECENT_KEYS_FILE)))
                .doesNotContain(SigningTestKeys.PASSWORD);
    }

    private static SignRequest preferring(List<String> preferredKeys) {
        return new SignRequest(
                ORIGIN,
                "c1",
                SignatureFormat.CMS,
                List.of(new byte[] {1}),
                KeyFilter.any(),
                true,
                false,
                "ru",
                preferredKeys);
    }

    @Test
    void whenModulePrefersKeys_thenTheExistingOnesAreOfferedBeforeTheHostsRecentKeys() throws Throwable {
        SigningService service = service(true);
        await(service.sign(request(SignatureFormat.CMS, true, KeyFilter.any(), new byte[] {1})));
        Path head = keys.keyFile(Persona.LEGAL_HEAD);
        Path signingRight = keys.keyFile(Persona.LEGAL_SIGNING_RIGHT);
        user.passwords.add(SigningTestKeys.PASSWORD);

        await(service.sign(preferring(List.of(
                home.resolve("gone.p12").toString(),
                "AKKaztokenStore",
                "relative/key.p12",
                signingRight.toString(),
                head.toString()))));

        assertThat(user.recentOffered.get(1)).containsExactly(signingRight, head);
    }

    @Test
    void whenNothingIsPreferred_thenTheHostsRecentKeysAreOfferedAsBefore() throws Throwable {
        SigningService service = service(true);
        await(service.sign(request(SignatureFormat.CMS, true, KeyFilter.any(), new byte[] {1})));
        user.passwords.add(SigningTestKeys.PASSWORD);

        await(service.sign(preferring(List.of())));

        assertThat(user.recentOffered.get(1)).containsExactly(keys.keyFile(Persona.LEGAL_HEAD));
    }

    @Test
    void whenSignedWithAKeyFile_thenTheResultNamesItsAbsolutePath() throws Throwable {
        SigningService service = service(true);
        user.keyFile = keys.keyFile(Persona.LEGAL_HEAD);

        SignResult result = await(service.sign(request(SignatureFormat.CMS, true, KeyFilter.any(), new byte[] {1})));

        assertThat(result.keyLocation())
                .isEqualTo(keys.keyFile(Persona.LEGAL_HEAD)
                        .toAbsolutePath()
                        .normalize()
                        .toString());
        assertThat(Path.of(result.keyLocation())).isAbsolute();
    }

    @Test
    void whenAModuleKeepsTheKeyLocation_thenPassingItBackOffersThatKeyFirst() throws Throwable {
        SigningService service = service(true);
        user.keyFile = keys.keyFile(Persona.LEGAL_SIGNING_RIGHT);
        String location = await(service.sign(request(SignatureFormat.CMS, true, KeyFilter.any(), new byte[] {1})))
                .keyLocation();
        user.keyFile = keys.keyFile(Persona.LEGAL_HEAD);
        user.passwords.add(SigningTestKeys.PASSWORD);
        await(service.sign(request(SignatureFormat.CMS, true, KeyFilter.any(), new byte[] {1})));
        user.passwords.add(SigningTestKeys.PASSWORD);

        await(service.sign(preferring(List.of(location))));

        assertThat(user.recentOffered.get(2).get(0)).isEqualTo(Path.of(location));
    }

    @Test
    void whenAnInstallIsAskedWhileASigningDialogIsOpen_thenTheQuestionWaitsForItToClose() throws Throwable {
        SigningService service = service(true);
        user.holdConfirmation = new CountDownLatch(1);
        var signing = service.sign(request(SignatureFormat.CMS, true, KeyFilter.any(), new byte[] {1}));
        assertThat(user.confirming.await(10, TimeUnit.SECONDS)).isTrue();
        InteractionContext context = new InteractionContext(ORIGIN, "c2", "ru", KeyFilter.any());

        CompletableFuture<Void> install = CompletableFuture.runAsync(
                () -> {
                    try {
                        service.confirmInstall(context, "kz.example.module");
                    } catch (HostException e) {
                        throw new CompletionException(e);
                    }
                },
                executor);
        Thread.sleep(300);
        assertThat(user.events).doesNotContain("install kz.example.module");
        user.holdConfirmation.countDown();
        await(signing);
        install.get(10, TimeUnit.SECONDS);

        assertThat(user.events)
                .containsExactly("confirmation shown", "confirmation answered", "install kz.example.module");
    }
}

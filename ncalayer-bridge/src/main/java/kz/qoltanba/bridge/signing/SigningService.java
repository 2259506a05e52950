package kz.qoltanba.bridge.signing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.ReentrantLock;
import kz.qoltanba.bridge.audit.AuditLog;
import kz.qoltanba.bridge.origin.Connections;
import kz.qoltanba.bridge.origin.ConsentPrompt;
import kz.qoltanba.bridge.spi.HostDialogs;
import kz.qoltanba.bridge.spi.HostException;
import kz.qoltanba.bridge.spi.HostProgress;
import kz.qoltanba.bridge.spi.HostSigning;
import kz.qoltanba.bridge.spi.HostSigningException;
import kz.qoltanba.bridge.spi.KeyFilter;
import kz.qoltanba.bridge.spi.SignRequest;
import kz.qoltanba.bridge.spi.SignResult;
import kz.qoltanba.bridge.spi.SignatureFormat;
import kz.qoltanba.bridge.spi.XmlPlacement;
import kz.qoltanba.signing.token.Pkcs11Libraries;
import kz.qoltanba.signing.token.StorageType;
import kz.qoltanba.signing.tsp.TimestampClient;
import kz.qoltanba.signing.xml.XmlSigner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host's signing and dialog services for modules: asks the user through a {@link UserInteraction} (one
 * conversation at a time when {@link UserInteraction#oneConversationAtATime()}, else in parallel, each with
 * its own {@link UserInteraction#conversation()}), then signs with signing-core outside that conversation.
 * Stages fail with the SPI's exceptions: cancel, no suitable certificate, wrong password, or a signing failure.
 */
public final class SigningService implements HostSigning, HostDialogs {
    /** File under the home directory listing recently used key files. */
    public static final String RECENT_KEYS_FILE = "recent-keys.txt";

    private static final Logger LOG = LoggerFactory.getLogger(SigningService.class);

    private final UserInteraction interaction;
    private final HostWindows windows;
    private final TokenPresence tokens;
    private final KeyChoiceFlow flow;
    private final ModuleNotices notices;
    private final DocumentSigner signer;
    private final SignatureTimestamper timestamper;
    private final Executor executor;
    private final ReentrantLock conversation = new ReentrantLock(true);
    private final boolean exclusive;
    private final SocketRecords sockets;

    /**
     * @param home the bridge's home directory (recent key files are kept there)
     * @param recentKeys how many recently used key files are offered first
     * @param timestamps the TSA client for CAdES-T requests
     * @param executor runs the conversations (never the Swing event thread)
     */
    public SigningService(
            UserInteraction interaction,
            KeyCandidates candidates,
            Path home,
            int recentKeys,
            TimestampClient timestamps,
            Clock clock,
            Executor executor) {
        this(
                interaction,
                candidates,
                home,
                recentKeys,
                Pkcs11Libraries.defaults().withOverrides(System.getProperties()),
                timestamps,
                clock,
                executor);
    }

    /**
     * @param libraries the PKCS#11 library of each hardware storage; a storage is offered when its library is
     *     installed and a slot holds an initialised token
     */
    public SigningService(
            UserInteraction interaction,
            KeyCandidates candidates,
            Path home,
            int recentKeys,
            Pkcs11Libraries libraries,
            TimestampClient timestamps,
            Clock clock,
            Executor executor) {
        this(
                interaction,
                HostWindows.unavailable(),
                candidates,
                home,
                recentKeys,
                libraries,
                timestamps,
                clock,
                executor);
    }

    /**
     * @param windows opens the host's settings and module manager windows for {@code showSettings}/
     *     {@code showBundleManager}
     */
    public SigningService(
            UserInteraction interaction,
            HostWindows windows,
            KeyCandidates candidates,
            Path home,
            int recentKeys,
            Pkcs11Libraries libraries,
            TimestampClient timestamps,
            Clock clock,
            Executor executor) {
        this(
                interaction,
                windows,
                candidates,
                home,
                recentKeys,
                libraries,
                timestamps,
                clock,
                executor,
                null,
                event -> {});
    }

    /**
     * @param connections the open sockets: a request's origin must be the one verified for its connection
     *     (a module cannot show another); null trusts the origin a request names (no sockets, e.g. the service
     *     alone in a test)
     * @param audit gets one line per signature: origin, connection, module and method, format, outcome and the
     *     serial of the certificate used
     */
    public SigningService(
            UserInteraction interaction,
            HostWindows windows,
            KeyCandidates candidates,
            Path home,
            int recentKeys,
            Pkcs11Libraries libraries,
            TimestampClient timestamps,
            Clock clock,
            Executor executor,
            Connections connections,
            AuditLog audit) {
        this.sockets = new SocketRecords(connections, Objects.requireNonNull(audit, "audit"), clock);
        this.interaction = Objects.requireNonNull(interaction, "interaction");
        this.exclusive = interaction.oneConversationAtATime();
        this.windows = Objects.requireNonNull(windows, "windows");
        this.tokens = TokenPresence.overSunPkcs11(libraries, clock);
        this.timestamper = new SignatureTimestamper(timestamps, clock);
        this.flow = new KeyChoiceFlow(
                interaction, candidates, new RecentKeys(home.resolve(RECENT_KEYS_FILE), recentKeys), libraries, tokens);
        this.notices = new ModuleNotices(interaction, sockets);
        this.signer = new DocumentSigner(timestamps, XmlSigner.create(), clock);
        this.executor = executor;
    }

    @Override
    public CompletionStage<SignResult> sign(SignRequest request) {
        return run(() -> signNow(request));
    }

    @Override
    public CompletionStage<SignResult> signXml(SignRequest request, XmlPlacement placement) {
        if (request.format() != SignatureFormat.XML) {
            return CompletableFuture.failedFuture(
                    new HostSigningException("an XML placement was given for a " + request.format() + " request"));
        }
        return run(() -> signNow(request, placement));
    }

    @Override
    public CompletionStage<byte[]> addTimestamp(String origin, String connectionId, byte[] cms) {
        return run(() -> {
            byte[] stamped = timestamper.addTimestamp(cms);
            LOG.info("Added a signature time-stamp to a CMS for {}", origin);
            return stamped;
        });
    }

    /** The hardware storages with a token present (library installed, an initialised token in a slot). */
    @Override
    public CompletionStage<List<String>> activeTokens() {
        return CompletableFuture.completedFuture(Arrays.stream(StorageType.values())
                .filter(StorageType::isToken)
                .filter(tokens::present)
                .map(StorageType::ncaLayerName)
                .toList());
    }

    @Override
    public CompletionStage<Void> showSettings(String origin, String connectionId) {
        InteractionContext context = new InteractionContext(origin, connectionId, null, KeyFilter.any());
        return run(() -> {
            windows.showSettings(context);
            return null;
        });
    }

    @Override
    public CompletionStage<Void> showBundleManager(String origin, String connectionId) {
        InteractionContext context = new InteractionContext(origin, connectionId, null, KeyFilter.any());
        return run(() -> {
            windows.showBundleManager(context);
            return null;
        });
    }

    @Override
    public CompletionStage<Void> showMessage(
            String origin, String connectionId, String locale, String title, String message) {
        return notices.showMessage(origin, connectionId, locale, title, message);
    }

    /** @throws IllegalArgumentException when the origin, connection or title is missing */
    @Override
    public HostProgress openProgress(String origin, String connectionId, String locale, String title) {
        return notices.openProgress(origin, connectionId, locale, title);
    }

    /**
     * Asks whether to install a module (a page's {@code installBundle}), as part of no signing conversation
     * but never while one is asking the user: on a desktop it waits for the running one to end. Refused, before
     * any question, when the context names another origin than its socket's verified one.
     */
    public void confirmInstall(InteractionContext context, String symbolicName) throws HostException {
        InteractionContext verified = new InteractionContext(
                sockets.verifiedOrigin(context.origin(), context.connectionId()),
                context.connectionId(),
                context.locale(),
                context.filter());
        UserInteraction talk = interaction.conversation();
        enter();
        try {
            talk.confirmInstall(verified, symbolicName);
        } finally {
            leave();
        }
    }

    /**
     * {@code prompt} asked as a conversation of its own: on a desktop an origin question never opens while a
     * signing dialog is asking, and waits for it to end.
     */
    public ConsentPrompt inTurn(ConsentPrompt prompt) {
        return origin -> run(() -> {
            enter();
            try {
                return prompt.ask(origin).toCompletableFuture().join();
            } finally {
                leave();
            }
        });
    }

    @Override
    public CompletionStage<X509Certificate> chooseCertificate(String origin, String connectionId, KeyFilter filter) {
        return run(() -> {
            InteractionContext context =
                    new InteractionContext(sockets.verifiedOrigin(origin, connectionId), connectionId, null, filter);
            UserInteraction talk = interaction.conversation();
            enter();
            try (KeyChoiceFlow.ChosenKey chosen = flow.asking(talk).choose(context)) {
                return chosen.key().entry().certificate();
            } finally {
                leave();
            }
        });
    }

    @Override
    public CompletionStage<Path> chooseFile(String origin, String connectionId, String extension, Path start) {
        return run(() -> {
            InteractionContext context = new InteractionContext(
                    sockets.verifiedOrigin(origin, connectionId), connectionId, null, KeyFilter.any());
            enter();
            try {
                return interaction.conversation().chooseFile(context, extension, start);
            } finally {
                leave();
            }
        });
    }

    /** Waits for the running conversation to end when the interaction cannot hold two at once. */
    private void enter() {
        if (exclusive) {
            conversation.lock();
        }
    }

    private void leave() {
        if (exclusive) {
            conversation.unlock();
        }
    }

    private SignResult signNow(SignRequest request) throws HostException {
        return signNow(request, XmlPlacement.wholeDocument());
    }

    private SignResult signNow(SignRequest request, XmlPlacement placement) throws HostException {
        String[] serial = new String[1];
        try {
            SignResult result = signNow(request, placement, serial);
            sockets.signed(request, serial[0]);
            return result;
        } catch (HostException | RuntimeException e) {
            sockets.failed(request, e, serial[0]);
            throw e;
        }
    }

    private SignResult signNow(SignRequest request, XmlPlacement placement, String[] serial) throws HostException {
        InteractionContext context = new InteractionContext(
                sockets.verifiedOrigin(request.origin(), request.connectionId()),
                request.connectionId(),
                request.locale(),
                request.filter());
        KeyChoiceFlow.ChosenKey chosen;
        UserInteraction talk = interaction.conversation();
        enter();
        try {
            chosen = flow.asking(talk).choose(context, request.preferredKeys());
            serial[0] = chosen.key().candidate().info().serialNumber();
            try {
                talk.confirm(
                        context, confirmation(context, request, chosen.key().candidate()));
            } catch (HostException | RuntimeException e) {
                chosen.close();
                throw e;
            }
        } finally {
            leave();
        }
        try (chosen) {
            List<byte[]> signatures =
                    signer.sign(request, placement, chosen.key().entry());
            LOG.info(
                    "Signed {} document(s) as {} for {} with certificate {}",
                    signatures.size(),
                    request.format(),
                    request.origin(),
                    chosen.key().candidate().info().serialNumber());
            return new SignResult(
                    signatures,
                    chosen.key().entry().certificate(),
                    chosen.key().entry().chain(),
                    chosen.location());
        }
    }

    private static Confirmation confirmation(InteractionContext context, SignRequest request, KeyCandidate signer) {
        long total = request.documents().stream()
                .mapToLong(document -> document.length)
                .sum();
        String preview = null;
        if (request.format() == SignatureFormat.XML && !request.documents().isEmpty()) {
            String xml = new String(request.documents().get(0), StandardCharsets.UTF_8);
            preview = xml.length() > Confirmation.PREVIEW_CHARS ? xml.substring(0, Confirmation.PREVIEW_CHARS) : xml;
        }
        return new Confirmation(
                context.origin(),
                request.format(),
                request.documents().size(),
                total,
                preview,
                request.timestamp(),
                signer,
                request.logo());
    }

    private interface HostCall<T> {
        T call() throws HostException;
    }

    private <T> CompletionStage<T> run(HostCall<T> call) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                try {
                    result.complete(call.call());
                } catch (HostException | RuntimeException e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new HostSigningException("the bridge is shutting down", e));
        }
        return result;
    }
}

package kz.qoltanba.bridge.signing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantLock;
import kz.qoltanba.bridge.spi.HostDialogs;
import kz.qoltanba.bridge.spi.HostException;
import kz.qoltanba.bridge.spi.HostSigning;
import kz.qoltanba.bridge.spi.KeyFilter;
import kz.qoltanba.bridge.spi.SignRequest;
import kz.qoltanba.bridge.spi.SignResult;
import kz.qoltanba.bridge.spi.SignatureFormat;
import kz.qoltanba.signing.tsp.TimestampClient;
import kz.qoltanba.signing.xml.XmlSigner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host's signing and dialog services for modules: asks the user through a {@link UserInteraction} (one
 * conversation at a time), then signs with signing-core outside that conversation. Stages fail with the
 * SPI's exceptions: cancel, no suitable certificate, wrong password, or a signing failure.
 */
public final class SigningService implements HostSigning, HostDialogs {
    /** File under the home directory listing recently used key files. */
    public static final String RECENT_KEYS_FILE = "recent-keys.txt";

    private static final Logger LOG = LoggerFactory.getLogger(SigningService.class);

    private final UserInteraction interaction;
    private final KeyChoiceFlow flow;
    private final DocumentSigner signer;
    private final Executor executor;
    private final ReentrantLock conversation = new ReentrantLock(true);

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
        this.interaction = Objects.requireNonNull(interaction, "interaction");
        this.flow =
                new KeyChoiceFlow(interaction, candidates, new RecentKeys(home.resolve(RECENT_KEYS_FILE), recentKeys));
        this.signer = new DocumentSigner(timestamps, XmlSigner.create(), clock);
        this.executor = executor;
    }

    @Override
    public CompletionStage<SignResult> sign(SignRequest request) {
        return run(() -> signNow(request));
    }

    @Override
    public CompletionStage<X509Certificate> chooseCertificate(String origin, String connectionId, KeyFilter filter) {
        InteractionContext context = new InteractionContext(origin, connectionId, null, filter);
        return run(() -> {
            conversation.lock();
            try (KeyChoiceFlow.ChosenKey chosen = flow.choose(context)) {
                return chosen.key().entry().certificate();
            } finally {
                conversation.unlock();
            }
        });
    }

    @Override
    public CompletionStage<Path> chooseFile(String origin, String connectionId, String extension, Path start) {
        InteractionContext context = new InteractionContext(origin, connectionId, null, KeyFilter.any());
        return run(() -> {
            conversation.lock();
            try {
                return interaction.chooseFile(context, extension, start);
            } finally {
                conversation.unlock();
            }
        });
    }

    private SignResult signNow(SignRequest request) throws HostException {
        InteractionContext context =
                new InteractionContext(request.origin(), request.connectionId(), request.locale(), request.filter());
        KeyChoiceFlow.ChosenKey chosen;
        conversation.lock();
        try {
            chosen = flow.choose(context);
            try {
                interaction.confirm(context, confirmation(request, chosen.key().candidate()));
            } catch (HostException | RuntimeException e) {
                chosen.close();
                throw e;
            }
        } finally {
            conversation.unlock();
        }
        try (chosen) {
            List<byte[]> signatures = signer.sign(request, chosen.key().entry());
            LOG.info(
                    "Signed {} document(s) as {} for {} with certificate {}",
                    signatures.size(),
                    request.format(),
                    request.origin(),
                    chosen.key().candidate().info().serialNumber());
            return new SignResult(
                    signatures,
                    chosen.key().entry().certificate(),
                    chosen.key().entry().chain());
        }
    }

    private static Confirmation confirmation(SignRequest request, KeyCandidate signer) {
        long total = request.documents().stream()
                .mapToLong(document -> document.length)
                .sum();
        String preview = null;
        if (request.format() == SignatureFormat.XML && !request.documents().isEmpty()) {
            String xml = new String(request.documents().get(0), StandardCharsets.UTF_8);
            preview = xml.length() > Confirmation.PREVIEW_CHARS ? xml.substring(0, Confirmation.PREVIEW_CHARS) : xml;
        }
        return new Confirmation(
                request.origin(),
                request.format(),
                request.documents().size(),
                total,
                preview,
                request.timestamp(),
                signer);
    }

    private interface HostCall<T> {
        T call() throws HostException;
    }

    private <T> CompletionStage<T> run(HostCall<T> call) {
        CompletableFuture<T> result = new CompletableFuture<>();
        executor.execute(() -> {
            try {
                result.complete(call.call());
            } catch (HostException | RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }
}

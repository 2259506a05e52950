package kz.qoltanba.bridge.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import javax.swing.SwingUtilities;
import kz.qoltanba.bridge.origin.Consent;
import kz.qoltanba.bridge.origin.ConsentPrompt;
import kz.qoltanba.bridge.signing.Confirmation;
import kz.qoltanba.bridge.signing.InteractionContext;
import kz.qoltanba.bridge.signing.KeyCandidate;
import kz.qoltanba.bridge.signing.PasswordPrompt;
import kz.qoltanba.bridge.signing.UserInteraction;
import kz.qoltanba.bridge.spi.HostProgress;
import kz.qoltanba.bridge.spi.UserCancelledException;
import kz.qoltanba.signing.token.StorageType;

/**
 * The desktop answers to the host's questions: one Swing dialog per question, always on top and focused, in
 * the request's language (else the current one of {@link LanguageSetting}). Called from worker threads; each
 * call blocks until the user answers. Cancel — the button, Escape or closing the window — throws
 * {@link UserCancelledException}; an interrupted caller closes the dialog and counts as cancel.
 */
public final class SwingDialogs implements UserInteraction {
    private final LanguageSetting language;
    private final Clock clock;

    public SwingDialogs(LanguageSetting language, Clock clock) {
        this.language = Objects.requireNonNull(language, "language");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private Texts texts(InteractionContext context) {
        return Texts.of(Language.fromCode(context.locale()).orElseGet(language::current));
    }

    @Override
    public StorageType chooseStorage(InteractionContext context, List<StorageType> available)
            throws UserCancelledException {
        List<StorageType> copy = List.copyOf(available);
        return await(Swing.onEventThread(() -> StorageDialog.show(texts(context), copy)));
    }

    @Override
    public Path chooseKeyFile(InteractionContext context, StorageType storage, List<Path> recentFirst)
            throws UserCancelledException {
        List<Path> recent = List.copyOf(recentFirst);
        List<String> extensions = storage == StorageType.JKS ? List.of("jks") : List.of("p12", "pfx");
        return await(Swing.onEventThread(() -> {
            Texts texts = texts(context);
            return KeyFileDialog.show(texts, texts.get("file.title"), recent, extensions, null);
        }));
    }

    @Override
    public char[] askPassword(InteractionContext context, PasswordPrompt prompt) throws UserCancelledException {
        return await(Swing.onEventThread(() -> PasswordDialog.show(texts(context), prompt)));
    }

    @Override
    public KeyCandidate chooseCertificate(InteractionContext context, List<KeyCandidate> candidates)
            throws UserCancelledException {
        List<KeyCandidate> copy = List.copyOf(candidates);
        List<SignerSummary> shown = new ArrayList<>();
        copy.forEach(candidate -> shown.add(SignerSummary.of(candidate.info())));
        int index = await(Swing.onEventThread(() -> CertificateDialog.show(texts(context), shown, clock.getZone())));
        return copy.get(index);
    }

    @Override
    public void confirm(InteractionContext context, Confirmation confirmation) throws UserCancelledException {
        Objects.requireNonNull(confirmation, "confirmation");
        await(Swing.onEventThread(
                () -> ConfirmationDialog.show(texts(context), confirmation, clock.instant(), clock.getZone())));
    }

    @Override
    public Path chooseFile(InteractionContext context, String extension, Path startDirectory)
            throws UserCancelledException {
        List<String> extensions = extension == null || extension.isBlank() || extension.equalsIgnoreCase("ALL")
                ? List.of()
                : List.of(extension);
        return await(Swing.onEventThread(() -> {
            Texts texts = texts(context);
            return KeyFileDialog.show(
                    texts, texts.format("file.any.title", context.origin()), List.of(), extensions, startDirectory);
        }));
    }

    @Override
    public void confirmInstall(InteractionContext context, String symbolicName) throws UserCancelledException {
        Objects.requireNonNull(symbolicName, "symbolicName");
        boolean install =
                await(Swing.onEventThread(() -> InstallQuestion.ask(texts(context), context.origin(), symbolicName)));
        if (!install) {
            throw new UserCancelledException("The user declined installing the module");
        }
    }

    /** A non-modal window with the module's message; returns at once. */
    @Override
    public void showMessage(InteractionContext context, String title, String message) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(message, "message");
        Texts texts = texts(context);
        SwingUtilities.invokeLater(() -> MessageWindow.show(texts, context.origin(), title, message));
    }

    /** A non-modal progress window; returns at once (the window appears on the event thread). */
    @Override
    public HostProgress openProgress(InteractionContext context, String title) {
        Objects.requireNonNull(title, "title");
        return ProgressWindow.open(texts(context), context.origin(), title);
    }

    /** The origin consent question as a dialog in the current language; closing it denies. */
    public ConsentPrompt consentPrompt() {
        return origin -> Swing.<Consent>onEventThread(() -> ConsentDialog.show(Texts.of(language.current()), origin));
    }

    private static <T> T await(CompletionStage<T> stage) throws UserCancelledException {
        if (SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("A dialog answer cannot be awaited on the event thread");
        }
        CompletableFuture<T> future = stage.toCompletableFuture();
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            UserCancelledException cancelled = new UserCancelledException("The dialog was abandoned", e);
            future.completeExceptionally(cancelled);
            throw cancelled;
        } catch (CancellationException e) {
            throw new UserCancelledException("The dialog was closed", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UserCancelledException cancelled) {
                throw cancelled;
            }
            throw new IllegalStateException("A dialog failed", e.getCause());
        }
    }
}

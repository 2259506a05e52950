package kz.qoltanba.bridge.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import kz.qoltanba.bridge.origin.Consent;
import kz.qoltanba.bridge.origin.ConsentPrompt;
import kz.qoltanba.bridge.spi.HostDialogs;

/**
 * The bridge's dialogs. Every method may be called from any thread; the dialog is built and shown on the
 * event thread, always on top and focused, and the returned stage completes with the user's answer. Cancel
 * (button, Escape or closing the window) fails the stage with
 * {@link kz.qoltanba.bridge.spi.UserCancelledException}, except for the consent question, where it denies.
 */
public final class SwingDialogs implements HostDialogs {
    private final Supplier<Language> language;
    private final Clock clock;

    /** Dialogs in the current language of {@code language} (it follows {@code changeLocale}). */
    public SwingDialogs(LanguageSetting language, Clock clock) {
        this(language::current, clock);
    }

    private SwingDialogs(Supplier<Language> language, Clock clock) {
        this.language = Objects.requireNonNull(language, "language");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The same dialogs in a fixed language (a request's own {@code locale}). */
    public SwingDialogs inLanguage(Language fixed) {
        Objects.requireNonNull(fixed, "fixed");
        return new SwingDialogs(() -> fixed, clock);
    }

    private Texts texts() {
        return Texts.of(language.get());
    }

    /** Where the key is: a key file or one of the present tokens. */
    public CompletionStage<StorageOption> chooseStorage(List<StorageOption> options) {
        List<StorageOption> copy = List.copyOf(options);
        return Swing.onEventThread(() -> StorageDialog.show(texts(), copy));
    }

    /** A key file: the recently used ones first, then a browser starting in {@code startDirectory}. */
    public CompletionStage<Path> chooseKeyFile(List<Path> recentKeys, Path startDirectory) {
        List<Path> copy = List.copyOf(recentKeys);
        return Swing.onEventThread(() -> {
            Texts texts = texts();
            return KeyFileDialog.show(texts, texts.get("file.title"), copy, "P12", startDirectory);
        });
    }

    /** Any file, for a module ({@code showFileChooser}). */
    @Override
    public CompletionStage<Path> chooseFile(String origin, String connectionId, String extension, Path startDirectory) {
        return Swing.onEventThread(() -> {
            Texts texts = texts();
            return KeyFileDialog.show(
                    texts, texts.format("file.any.title", origin), List.of(), extension, startDirectory);
        });
    }

    /**
     * The password or PIN for {@code keyName}; after a wrong one, {@code afterWrongPassword} shows why the
     * question comes again. The caller owns and wipes the returned array.
     */
    public CompletionStage<char[]> askPassword(String keyName, boolean afterWrongPassword) {
        return Swing.onEventThread(() -> PasswordDialog.show(texts(), keyName, afterWrongPassword));
    }

    /** One of the certificates that pass the request's filters; the answer is its index in {@code candidates}. */
    public CompletionStage<Integer> chooseCertificate(List<SignerSummary> candidates) {
        List<SignerSummary> copy = List.copyOf(candidates);
        return Swing.onEventThread(() -> CertificateDialog.show(texts(), copy, clock.getZone()));
    }

    /** The confirmation; completes normally when the user chose "Sign". */
    public CompletionStage<Void> confirm(Confirmation confirmation) {
        Objects.requireNonNull(confirmation, "confirmation");
        return Swing.onEventThread(
                        () -> ConfirmationDialog.show(texts(), confirmation, clock.instant(), clock.getZone()))
                .thenApply(signed -> null);
    }

    /** The origin consent question as a dialog. */
    public ConsentPrompt consentPrompt() {
        return origin -> Swing.<Consent>onEventThread(() -> ConsentDialog.show(texts(), origin));
    }
}

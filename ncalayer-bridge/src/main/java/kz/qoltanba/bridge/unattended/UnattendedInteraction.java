package kz.qoltanba.bridge.unattended;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qoltanba.bridge.signing.Confirmation;
import kz.qoltanba.bridge.signing.InteractionContext;
import kz.qoltanba.bridge.signing.KeyCandidate;
import kz.qoltanba.bridge.signing.KeyCandidates;
import kz.qoltanba.bridge.signing.PasswordPrompt;
import kz.qoltanba.bridge.signing.UserInteraction;
import kz.qoltanba.bridge.spi.HostProgress;
import kz.qoltanba.bridge.spi.UserCancelledException;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.token.KeyStoreSource;
import kz.qoltanba.signing.token.Pkcs11Libraries;
import kz.qoltanba.signing.token.StorageType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers every question by itself: the next queued answer when one fits, else the first key (in file-name
 * order) that has a certificate passing the request's filters, its password, the first passing certificate,
 * and "confirm". A file choice with no queued file is cancelled. Nobody watches, so conversations run in
 * parallel: each gets its own {@link UnattendedConversation} from {@link #conversation()}; queued answers are
 * still taken in order and each used once. Calls made on this object directly share one conversation, one
 * call at a time.
 */
final class UnattendedInteraction implements UserInteraction {
    private static final Logger LOG = LoggerFactory.getLogger(UnattendedInteraction.class);

    private final UnattendedKeySet keys;
    private final AnswerQueue queue;
    private final AnswerLog log;
    private final KeyCandidates candidates;
    private final OpenedKeyFiles opened = new OpenedKeyFiles();
    private final Pkcs11Libraries libraries;
    private final UnattendedConversation shared;

    UnattendedInteraction(
            UnattendedKeySet keys,
            AnswerQueue queue,
            AnswerLog log,
            KeyCandidates candidates,
            Pkcs11Libraries libraries) {
        this.keys = keys;
        this.queue = queue;
        this.log = log;
        this.candidates = candidates;
        this.libraries = libraries;
        this.shared = new UnattendedConversation(keys, queue, log, candidates, opened, libraries);
    }

    @Override
    public boolean oneConversationAtATime() {
        return false;
    }

    @Override
    public UserInteraction conversation() {
        return new UnattendedConversation(keys, queue, log, candidates, opened, libraries);
    }

    @Override
    public synchronized StorageType chooseStorage(InteractionContext context, List<StorageType> available)
            throws UserCancelledException {
        return shared.chooseStorage(context, available);
    }

    @Override
    public synchronized Path chooseKeyFile(InteractionContext context, StorageType storage, List<Path> recentFirst) {
        return shared.chooseKeyFile(context, storage, recentFirst);
    }

    @Override
    public synchronized char[] askPassword(InteractionContext context, PasswordPrompt prompt)
            throws UserCancelledException {
        return shared.askPassword(context, prompt);
    }

    @Override
    public synchronized KeyCandidate chooseCertificate(InteractionContext context, List<KeyCandidate> offered) {
        return shared.chooseCertificate(context, offered);
    }

    @Override
    public synchronized void confirm(InteractionContext context, Confirmation confirmation) {
        shared.confirm(context, confirmation);
    }

    @Override
    public Path chooseFile(InteractionContext context, String extension, Path startDirectory)
            throws UserCancelledException {
        return shared.chooseFile(context, extension, startDirectory);
    }

    @Override
    public synchronized void confirmInstall(InteractionContext context, String symbolicName)
            throws UserCancelledException {
        shared.confirmInstall(context, symbolicName);
    }

    @Override
    public KeyStoreSource openKeyFile(StorageType storage, Path file, char[] password) throws SigningException {
        return opened.open(storage, file, password);
    }

    /** Nobody reads it: the message goes to the log and to the answer log. */
    @Override
    public void showMessage(InteractionContext context, String title, String message) {
        LOG.info("UNATTENDED MODE: message '{}' for {}: {}", title, context.origin(), message);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("title", title);
        details.put("message", message);
        log.addShown(context.origin(), AnswerLog.MESSAGE, details);
    }

    @Override
    public HostProgress openProgress(InteractionContext context, String title) {
        return new UnattendedProgress(log, context, title);
    }
}

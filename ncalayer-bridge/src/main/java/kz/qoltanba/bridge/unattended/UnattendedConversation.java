package kz.qoltanba.bridge.unattended;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kz.qoltanba.bridge.signing.Confirmation;
import kz.qoltanba.bridge.signing.InteractionContext;
import kz.qoltanba.bridge.signing.KeyCandidate;
import kz.qoltanba.bridge.signing.KeyCandidates;
import kz.qoltanba.bridge.signing.PasswordPrompt;
import kz.qoltanba.bridge.signing.UserInteraction;
import kz.qoltanba.bridge.spi.UserCancelledException;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.token.KeyStoreSource;
import kz.qoltanba.signing.token.StorageType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One unattended conversation: the answer taken from the queue at the storage question, and the key chosen
 * then, hold until this conversation ends. Each signing request gets its own object, so requests run in
 * parallel without sharing these answers; the queue and the log are shared (and synchronised).
 */
final class UnattendedConversation implements UserInteraction {
    private static final Logger LOG = LoggerFactory.getLogger(UnattendedConversation.class);
    private static final char[] WRONG_PASSWORD = "\u0000unattended wrong password\u0000".toCharArray();

    private static final Path NO_KEY = Path.of("/nonexistent/no-unattended-key.p12");

    private final UnattendedKeySet keys;
    private final AnswerQueue queue;
    private final AnswerLog log;
    private final KeyCandidates candidates;
    private final OpenedKeyFiles opened;

    private Answer current;
    private UnattendedKeySet.Key currentKey;
    /** The key files a person would have been offered, in order (for the log). */
    private List<String> offeredKeyFiles;

    UnattendedConversation(
            UnattendedKeySet keys, AnswerQueue queue, AnswerLog log, KeyCandidates candidates, OpenedKeyFiles opened) {
        this.keys = keys;
        this.queue = queue;
        this.log = log;
        this.candidates = candidates;
        this.opened = opened;
    }

    @Override
    public KeyStoreSource openKeyFile(StorageType storage, Path file, char[] password) throws SigningException {
        return opened.open(storage, file, password);
    }

    @Override
    public boolean oneConversationAtATime() {
        return false;
    }

    @Override
    public StorageType chooseStorage(InteractionContext context, List<StorageType> available)
            throws UserCancelledException {
        current = queue.takeForKeyChoice().orElse(null);
        currentKey = null;
        offeredKeyFiles = null;
        if (current instanceof Answer.Cancel) {
            log.add(context.origin(), "key", "cancel", null, null, null);
            throw new UserCancelledException("cancelled through the unattended control endpoint");
        }
        StorageType wanted =
                keys.keys().isEmpty() ? StorageType.PKCS12 : keys.keys().get(0).storage();
        return available.contains(wanted) ? wanted : available.get(0);
    }

    @Override
    public Path chooseKeyFile(InteractionContext context, StorageType storage, List<Path> recentFirst) {
        offeredKeyFiles = recentFirst.stream().map(Path::toString).toList();
        if (keys.keys().isEmpty()) {
            LOG.warn("Unattended mode has no key file to answer with");
            return NO_KEY;
        }
        if (current instanceof Answer.UseKey useKey) {
            currentKey = keys.byName(useKey.name()).orElseThrow();
        } else {
            currentKey = firstPassing(context).orElse(keys.keys().get(0));
        }
        if (current instanceof Answer.WrongPassword) {
            log.add(context.origin(), "key", "wrong-password", currentKey.name(), null, null, offeredKeyFiles);
        }
        return currentKey.file();
    }

    @Override
    public char[] askPassword(InteractionContext context, PasswordPrompt prompt) throws UserCancelledException {
        if (current instanceof Answer.WrongPassword || currentKey == null) {
            return WRONG_PASSWORD.clone();
        }
        Optional<char[]> password = keys.password(currentKey);
        if (password.isEmpty()) {
            LOG.warn("Unattended mode cannot read the password of {}", currentKey.name());
            return WRONG_PASSWORD.clone();
        }
        return password.get();
    }

    @Override
    public KeyCandidate chooseCertificate(InteractionContext context, List<KeyCandidate> offered) {
        KeyCandidate chosen = offered.get(0);
        String answer = current instanceof Answer.UseKey ? "key" : "default";
        log.add(
                context.origin(),
                "key",
                answer,
                currentKey == null ? null : currentKey.name(),
                chosen.info().serialNumber(),
                null,
                offeredKeyFiles);
        return chosen;
    }

    @Override
    public void confirm(InteractionContext context, Confirmation confirmation) {
        LOG.warn(
                "UNATTENDED MODE: signing {} document(s) for {} with certificate {} without asking anyone",
                confirmation.documentCount(),
                confirmation.origin(),
                confirmation.signer().info().serialNumber());
    }

    @Override
    public Path chooseFile(InteractionContext context, String extension, Path startDirectory)
            throws UserCancelledException {
        Optional<Answer> answer = queue.takeForFileChoice();
        if (answer.isPresent() && answer.get() instanceof Answer.ChooseFile file) {
            log.add(context.origin(), "file", "file", null, null, file.file().toString());
            return file.file();
        }
        log.add(context.origin(), "file", "cancel", null, null, null);
        throw new UserCancelledException(
                answer.isPresent()
                        ? "cancelled through the unattended control endpoint"
                        : "no file answer queued in unattended mode");
    }

    private Optional<UnattendedKeySet.Key> firstPassing(InteractionContext context) {
        for (UnattendedKeySet.Key key : keys.keys()) {
            Optional<char[]> password = keys.password(key);
            if (password.isEmpty()) {
                continue;
            }
            try (KeyStoreSource source = opened.open(key.storage(), key.file(), password.get())) {
                if (!candidates.passing(source.keys(), context.filter()).isEmpty()) {
                    return Optional.of(key);
                }
            } catch (SigningException e) {
                LOG.warn("Unattended mode cannot open {}: {}", key.name(), e.getMessage());
            } finally {
                Arrays.fill(password.get(), '\0');
            }
        }
        return Optional.empty();
    }

    /** A module asks to install a catalog module: yes, unless a cancel is queued (the first one is taken). */
    @Override
    public void confirmInstall(InteractionContext context, String symbolicName) throws UserCancelledException {
        if (queue.takeCancel().isPresent()) {
            log.add(context.origin(), "install", "cancel", null, null, null);
            throw new UserCancelledException("cancelled through the unattended control endpoint");
        }
        log.add(context.origin(), "install", "default", null, null, null);
        LOG.warn("UNATTENDED MODE: installing module {} for {} without asking anyone", symbolicName, context.origin());
    }
}

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
import kz.qoltanba.signing.token.KeyStores;
import kz.qoltanba.signing.token.Pkcs11Libraries;
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
    private final Pkcs11Libraries libraries;

    private Answer current;
    private UnattendedKeySet.Key currentKey;
    /** The token this conversation answers with, when it is not a key file. */
    private StorageType currentToken;
    /** The key files a person would have been offered, in order (for the log). */
    private List<String> offeredKeyFiles;

    UnattendedConversation(
            UnattendedKeySet keys,
            AnswerQueue queue,
            AnswerLog log,
            KeyCandidates candidates,
            OpenedKeyFiles opened,
            Pkcs11Libraries libraries) {
        this.keys = keys;
        this.queue = queue;
        this.log = log;
        this.candidates = candidates;
        this.opened = opened;
        this.libraries = libraries;
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
        currentToken = null;
        offeredKeyFiles = null;
        if (current instanceof Answer.Cancel) {
            log.add(context.origin(), "key", "cancel", null, null, null);
            throw new UserCancelledException("cancelled through the unattended control endpoint");
        }
        Optional<StorageType> token = tokenToUse(context, available);
        if (token.isPresent()) {
            currentToken = token.get();
            if (current instanceof Answer.WrongPassword) {
                log.add(context.origin(), "key", "wrong-password", currentToken.ncaLayerName(), null, null);
            }
            return currentToken;
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
            Optional<UnattendedKeySet.Key> named = keys.byName(useKey.name());
            if (named.isEmpty()) {
                LOG.warn("Unattended mode: the queued key {} is not offered for this request", useKey.name());
                return NO_KEY;
            }
            currentKey = named.get();
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
        if (currentToken != null && !(current instanceof Answer.WrongPassword)) {
            return keys.tokenPin().orElseGet(WRONG_PASSWORD::clone);
        }
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
                currentToken != null ? currentToken.ncaLayerName() : currentKey == null ? null : currentKey.name(),
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

    /**
     * The token to answer with, when a PIN is configured and a token is offered: the one a queued key answer
     * names; for a queued wrong password, the first offered token when there is no key file; otherwise the first
     * offered token with a certificate passing the filters, but only when no key file has one (key files first).
     */
    private Optional<StorageType> tokenToUse(InteractionContext context, List<StorageType> available) {
        List<StorageType> tokens =
                available.stream().filter(StorageType::isToken).toList();
        if (tokens.isEmpty() || !keys.tokensAnswer()) {
            return Optional.empty();
        }
        if (current instanceof Answer.UseKey useKey) {
            return tokens.stream()
                    .filter(token -> token.ncaLayerName().equals(useKey.name()))
                    .findFirst();
        }
        if (current instanceof Answer.WrongPassword) {
            return keys.keys().isEmpty() ? Optional.of(tokens.get(0)) : Optional.empty();
        }
        if (firstPassing(context).isPresent()) {
            return Optional.empty();
        }
        return tokens.stream().filter(token -> tokenPasses(token, context)).findFirst();
    }

    private boolean tokenPasses(StorageType token, InteractionContext context) {
        Optional<char[]> pin = keys.tokenPin();
        if (pin.isEmpty()) {
            return false;
        }
        try (KeyStoreSource source = KeyStores.openToken(token, libraries, 0, pin.get())) {
            return !candidates.passing(source.keys(), context.filter()).isEmpty();
        } catch (SigningException e) {
            LOG.warn("Unattended mode cannot open the token {}: {}", token.ncaLayerName(), e.getMessage());
            return false;
        } finally {
            Arrays.fill(pin.get(), '\0');
        }
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

package kz.qoltanba.bridge.signing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import kz.qoltanba.bridge.spi.HostException;
import kz.qoltanba.bridge.spi.HostSigningException;
import kz.qoltanba.bridge.spi.NoSuitableCertificateException;
import kz.qoltanba.bridge.spi.WrongPasswordException;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.TokenNotPresentException;
import kz.qoltanba.signing.token.KeyStoreSource;
import kz.qoltanba.signing.token.KeyStores;
import kz.qoltanba.signing.token.Pkcs11Libraries;
import kz.qoltanba.signing.token.StorageType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The questions before a signature, in order: storage (key files, and tokens whose PKCS#11 library is
 * installed), key file (recent first; not for tokens), password or PIN (retried while wrong, up to
 * {@link #MAX_PASSWORD_ATTEMPTS}), certificate among those passing the filters.
 */
final class KeyChoiceFlow {
    static final int MAX_PASSWORD_ATTEMPTS = 3;
    static final String NO_SUITABLE_CERTIFICATE = "no suitable certificate";
    /** The contract's message for a hardware storage with no device present. */
    static final String STORAGE_EMPTY = "storage.empty";

    private static final Logger LOG = LoggerFactory.getLogger(KeyChoiceFlow.class);

    private final UserInteraction interaction;
    private final KeyCandidates candidates;
    private final RecentKeys recentKeys;
    private final Pkcs11Libraries libraries;
    private final TokenPresence tokens;

    KeyChoiceFlow(
            UserInteraction interaction,
            KeyCandidates candidates,
            RecentKeys recentKeys,
            Pkcs11Libraries libraries,
            TokenPresence tokens) {
        this.interaction = interaction;
        this.candidates = candidates;
        this.recentKeys = recentKeys;
        this.libraries = libraries;
        this.tokens = tokens;
    }

    /** The same flow asking {@code other} (one conversation's interaction). */
    KeyChoiceFlow asking(UserInteraction other) {
        return other == interaction ? this : new KeyChoiceFlow(other, candidates, recentKeys, libraries, tokens);
    }

    /**
     * A chosen key with its still open storage; close it when done.
     *
     * @param location the key file's absolute path, or the token's storage name
     */
    record ChosenKey(KeyStoreSource source, KeyCandidates.Passing key, String location) implements AutoCloseable {
        @Override
        public void close() {
            source.close();
        }
    }

    ChosenKey choose(InteractionContext context) throws HostException {
        return choose(context, List.of());
    }

    /**
     * @param preferredKeys key locations a module wants offered first (before the host's recent keys); those
     *     that are not existing key files are left out
     */
    ChosenKey choose(InteractionContext context, List<String> preferredKeys) throws HostException {
        List<StorageType> available = availableStorages(context);
        StorageType storage = interaction.chooseStorage(context, available);
        if (!available.contains(storage)) {
            throw new HostSigningException("the storage " + storage.ncaLayerName() + " was not offered");
        }
        KeyStoreSource source;
        String location;
        if (storage.isToken()) {
            source = openToken(context, storage);
            location = storage.ncaLayerName();
        } else {
            Path file = interaction.chooseKeyFile(context, storage, recentKeys.offered(preferredKeys));
            source = openFile(context, storage, file);
            location = file.toAbsolutePath().normalize().toString();
        }
        try {
            List<KeyCandidates.Passing> passing = candidates.passing(source.keys(), context.filter());
            if (passing.isEmpty()) {
                LOG.info("No key of {} passes the request's filters", source.name());
                throw new NoSuitableCertificateException(NO_SUITABLE_CERTIFICATE);
            }
            KeyCandidate chosen = interaction.chooseCertificate(
                    context,
                    passing.stream().map(KeyCandidates.Passing::candidate).toList());
            KeyCandidates.Passing key = passing.stream()
                    .filter(p -> p.candidate().equals(chosen))
                    .findFirst()
                    .orElseThrow(() -> new HostSigningException("the chosen certificate was not offered"));
            return new ChosenKey(source, key, location);
        } catch (HostException | RuntimeException e) {
            source.close();
            throw e;
        }
    }

    private List<StorageType> availableStorages(InteractionContext context) throws NoSuitableCertificateException {
        List<String> allowed = context.filter().storages();
        List<StorageType> available = Arrays.stream(StorageType.values())
                .filter(type -> allowed.isEmpty() || allowed.contains(type.ncaLayerName()))
                .filter(type -> !type.isToken() || tokens.present(type))
                .toList();
        if (available.isEmpty()) {
            LOG.info("No storage the request allows ({}) is available", allowed);
            throw new NoSuitableCertificateException(NO_SUITABLE_CERTIFICATE);
        }
        return available;
    }

    private KeyStoreSource openFile(InteractionContext context, StorageType storage, Path file) throws HostException {
        if (!Files.isRegularFile(file)) {
            LOG.info("No key: the chosen key file {} does not exist", file.getFileName());
            throw new NoSuitableCertificateException(NO_SUITABLE_CERTIFICATE);
        }
        KeyStoreSource source = open(
                context,
                storage,
                String.valueOf(file.getFileName()),
                password -> interaction.openKeyFile(storage, file, password));
        recentKeys.used(file);
        return source;
    }

    private KeyStoreSource openToken(InteractionContext context, StorageType storage) throws HostException {
        try {
            return open(
                    context,
                    storage,
                    storage.ncaLayerName(),
                    pin -> KeyStores.openToken(
                            storage, libraries, tokens.slot(storage).orElse(0), pin));
        } catch (TokenStorageEmpty e) {
            LOG.info("No device present for {}: {}", storage.ncaLayerName(), e.getMessage());
            throw new NoSuitableCertificateException(STORAGE_EMPTY);
        }
    }

    private interface Opener {
        KeyStoreSource open(char[] password) throws SigningException;
    }

    /** Internal signal: the token's library or device is absent. */
    private static final class TokenStorageEmpty extends HostException {
        private static final long serialVersionUID = 1L;

        TokenStorageEmpty(String message) {
            super(message);
        }
    }

    private KeyStoreSource open(InteractionContext context, StorageType storage, String name, Opener opener)
            throws HostException {
        for (int attempt = 1; attempt <= MAX_PASSWORD_ATTEMPTS; attempt++) {
            char[] password =
                    interaction.askPassword(context, new PasswordPrompt(storage, name, attempt, MAX_PASSWORD_ATTEMPTS));
            try {
                return opener.open(password);
            } catch (kz.qoltanba.signing.WrongPasswordException e) {
                LOG.info("Wrong password for {} (attempt {} of {})", name, attempt, MAX_PASSWORD_ATTEMPTS);
            } catch (TokenNotPresentException e) {
                throw new TokenStorageEmpty(e.getMessage());
            } catch (SigningException e) {
                throw new HostSigningException(name + " cannot be used: " + e.getMessage(), e);
            } finally {
                Arrays.fill(password, '\0');
            }
        }
        throw new WrongPasswordException("wrong password for " + name);
    }
}

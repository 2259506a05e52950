package kz.qoltanba.bridge.signing;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import kz.qoltanba.bridge.spi.HostException;
import kz.qoltanba.bridge.spi.HostSigningException;
import kz.qoltanba.bridge.spi.NoSuitableCertificateException;
import kz.qoltanba.bridge.spi.WrongPasswordException;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.token.KeyStoreSource;
import kz.qoltanba.signing.token.KeyStores;
import kz.qoltanba.signing.token.StorageType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The questions before a signature, in order: storage, key file (recent first), password (retried while
 * wrong, up to {@link #MAX_PASSWORD_ATTEMPTS}), certificate among those passing the filters.
 */
final class KeyChoiceFlow {
    static final int MAX_PASSWORD_ATTEMPTS = 3;
    static final String NO_SUITABLE_CERTIFICATE = "no suitable certificate";

    private static final Logger LOG = LoggerFactory.getLogger(KeyChoiceFlow.class);
    private static final List<StorageType> FILE_STORAGES = List.of(StorageType.PKCS12, StorageType.JKS);

    private final UserInteraction interaction;
    private final KeyCandidates candidates;
    private final RecentKeys recentKeys;

    KeyChoiceFlow(UserInteraction interaction, KeyCandidates candidates, RecentKeys recentKeys) {
        this.interaction = interaction;
        this.candidates = candidates;
        this.recentKeys = recentKeys;
    }

    /** A chosen key with its still open storage; close it when done. */
    record ChosenKey(KeyStoreSource source, KeyCandidates.Passing key) implements AutoCloseable {
        @Override
        public void close() {
            source.close();
        }
    }

    ChosenKey choose(InteractionContext context) throws HostException {
        List<StorageType> available = availableStorages(context);
        StorageType storage = interaction.chooseStorage(context, available);
        if (!available.contains(storage)) {
            throw new HostSigningException("the storage " + storage.ncaLayerName() + " was not offered");
        }
        Path file = interaction.chooseKeyFile(context, storage, recentKeys.list());
        KeyStoreSource source = open(context, storage, file);
        try {
            recentKeys.used(file);
            List<KeyCandidates.Passing> passing = candidates.passing(source.keys(), context.filter());
            if (passing.isEmpty()) {
                LOG.info("No key of {} passes the request's filters", file.getFileName());
                throw new NoSuitableCertificateException(NO_SUITABLE_CERTIFICATE);
            }
            KeyCandidate chosen = interaction.chooseCertificate(
                    context,
                    passing.stream().map(KeyCandidates.Passing::candidate).toList());
            KeyCandidates.Passing key = passing.stream()
                    .filter(p -> p.candidate().equals(chosen))
                    .findFirst()
                    .orElseThrow(() -> new HostSigningException("the chosen certificate was not offered"));
            return new ChosenKey(source, key);
        } catch (HostException | RuntimeException e) {
            source.close();
            throw e;
        }
    }

    private static List<StorageType> availableStorages(InteractionContext context)
            throws NoSuitableCertificateException {
        List<String> allowed = context.filter().storages();
        List<StorageType> available = FILE_STORAGES.stream()
                .filter(type -> allowed.isEmpty() || allowed.contains(type.ncaLayerName()))
                .toList();
        if (available.isEmpty()) {
            LOG.info("No storage the request allows ({}) is available", allowed);
            throw new NoSuitableCertificateException(NO_SUITABLE_CERTIFICATE);
        }
        return available;
    }

    private KeyStoreSource open(InteractionContext context, StorageType storage, Path file) throws HostException {
        String name = String.valueOf(file.getFileName());
        for (int attempt = 1; attempt <= MAX_PASSWORD_ATTEMPTS; attempt++) {
            char[] password =
                    interaction.askPassword(context, new PasswordPrompt(storage, name, attempt, MAX_PASSWORD_ATTEMPTS));
            try {
                return KeyStores.open(storage, file, password);
            } catch (kz.qoltanba.signing.WrongPasswordException e) {
                LOG.info("Wrong password for {} (attempt {} of {})", name, attempt, MAX_PASSWORD_ATTEMPTS);
            } catch (SigningException e) {
                throw new HostSigningException("the key file " + name + " cannot be used: " + e.getMessage(), e);
            } finally {
                Arrays.fill(password, '\0');
            }
        }
        throw new WrongPasswordException("wrong password for " + name);
    }
}

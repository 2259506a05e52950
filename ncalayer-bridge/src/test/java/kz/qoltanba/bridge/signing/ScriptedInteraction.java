package kz.qoltanba.bridge.signing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import kz.qoltanba.bridge.spi.UserCancelledException;
import kz.qoltanba.signing.token.StorageType;

/** A user who answers from a script and remembers what was asked. */
final class ScriptedInteraction implements UserInteraction {
    Path keyFile;
    StorageType storage = StorageType.PKCS12;
    final List<List<StorageType>> storagesOffered = new ArrayList<>();
    final Deque<String> passwords = new ArrayDeque<>();
    boolean cancelConfirmation;
    final List<PasswordPrompt> prompts = new ArrayList<>();
    final List<List<Path>> recentOffered = new ArrayList<>();
    final List<List<KeyCandidate>> offered = new ArrayList<>();
    final List<Confirmation> confirmations = new ArrayList<>();

    @Override
    public StorageType chooseStorage(InteractionContext context, List<StorageType> available) {
        storagesOffered.add(available);
        return storage;
    }

    @Override
    public Path chooseKeyFile(InteractionContext context, StorageType storage, List<Path> recentFirst) {
        recentOffered.add(recentFirst);
        return keyFile;
    }

    @Override
    public char[] askPassword(InteractionContext context, PasswordPrompt prompt) throws UserCancelledException {
        prompts.add(prompt);
        if (passwords.isEmpty()) {
            throw new UserCancelledException("no more passwords");
        }
        return passwords.removeFirst().toCharArray();
    }

    @Override
    public KeyCandidate chooseCertificate(InteractionContext context, List<KeyCandidate> candidates) {
        offered.add(candidates);
        return candidates.get(0);
    }

    @Override
    public void confirm(InteractionContext context, Confirmation confirmation) throws UserCancelledException {
        confirmations.add(confirmation);
        if (cancelConfirmation) {
            throw new UserCancelledException("cancelled at the confirmation");
        }
    }

    @Override
    public Path chooseFile(InteractionContext context, String extension, Path startDirectory)
            throws UserCancelledException {
        throw new UserCancelledException("no file");
    }
}

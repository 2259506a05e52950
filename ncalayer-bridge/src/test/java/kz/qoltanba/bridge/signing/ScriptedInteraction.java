package kz.qoltanba.bridge.signing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
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
    /** What was asked, in order, from any thread. */
    final List<String> events = new CopyOnWriteArrayList<>();
    /** Counted down when a confirmation is on screen. */
    final CountDownLatch confirming = new CountDownLatch(1);
    /** When set, the confirmation stays open until it is counted down (a signing dialog left open). */
    CountDownLatch holdConfirmation;

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
        events.add("confirmation shown");
        confirming.countDown();
        if (holdConfirmation != null) {
            try {
                holdConfirmation.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UserCancelledException("interrupted", e);
            }
        }
        events.add("confirmation answered");
        if (cancelConfirmation) {
            throw new UserCancelledException("cancelled at the confirmation");
        }
    }

    @Override
    public Path chooseFile(InteractionContext context, String extension, Path startDirectory)
            throws UserCancelledException {
        throw new UserCancelledException("no file");
    }

    @Override
    public void confirmInstall(InteractionContext context, String symbolicName) {
        events.add("install " + symbolicName);
    }
}

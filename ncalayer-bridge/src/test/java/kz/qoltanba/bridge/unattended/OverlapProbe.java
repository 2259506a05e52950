package kz.qoltanba.bridge.unattended;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kz.qoltanba.bridge.signing.Confirmation;
import kz.qoltanba.bridge.signing.InteractionContext;
import kz.qoltanba.bridge.signing.KeyCandidate;
import kz.qoltanba.bridge.signing.PasswordPrompt;
import kz.qoltanba.bridge.signing.UserInteraction;
import kz.qoltanba.bridge.spi.UserCancelledException;
import kz.qoltanba.signing.token.StorageType;

/**
 * Wraps an interaction and measures how many conversations are between their storage question and their
 * confirmation at the same moment. The first conversations wait (a bounded time) for a second one to begin, so
 * a host that runs conversations one at a time shows a maximum of exactly one.
 */
final class OverlapProbe implements UserInteraction {
    private final UserInteraction inner;
    private final AtomicInteger active;
    private final AtomicInteger maximum;
    private final CountDownLatch meeting;

    OverlapProbe(UserInteraction inner) {
        this(inner, new AtomicInteger(), new AtomicInteger(), new CountDownLatch(2));
    }

    private OverlapProbe(UserInteraction inner, AtomicInteger active, AtomicInteger maximum, CountDownLatch meeting) {
        this.inner = inner;
        this.active = active;
        this.maximum = maximum;
        this.meeting = meeting;
    }

    int maximumAtOnce() {
        return maximum.get();
    }

    @Override
    public boolean oneConversationAtATime() {
        return inner.oneConversationAtATime();
    }

    @Override
    public UserInteraction conversation() {
        return new OverlapProbe(inner.conversation(), active, maximum, meeting);
    }

    @Override
    public StorageType chooseStorage(InteractionContext context, List<StorageType> available)
            throws UserCancelledException {
        maximum.accumulateAndGet(active.incrementAndGet(), Math::max);
        meeting.countDown();
        try {
            meeting.await(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return inner.chooseStorage(context, available);
    }

    @Override
    public Path chooseKeyFile(InteractionContext context, StorageType storage, List<Path> recentFirst)
            throws UserCancelledException {
        return inner.chooseKeyFile(context, storage, recentFirst);
    }

    @Override
    public char[] askPassword(InteractionContext context, PasswordPrompt prompt) throws UserCancelledException {
        return inner.askPassword(context, prompt);
    }

    @Override
    public KeyCandidate chooseCertificate(InteractionContext context, List<KeyCandidate> candidates)
            throws UserCancelledException {
        return inner.chooseCertificate(context, candidates);
    }

    @Override
    public void confirm(InteractionContext context, Confirmation confirmation) throws UserCancelledException {
        try {
            inner.confirm(context, confirmation);
        } finally {
            active.decrementAndGet();
        }
    }

    @Override
    public Path chooseFile(InteractionContext context, String extension, Path startDirectory)
            throws UserCancelledException {
        return inner.chooseFile(context, extension, startDirectory);
    }
}

package kz.qoltanba.bridge.host;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import kz.qoltanba.bridge.spi.HostProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The progress indicators modules have open, each with the bundle that opened it and the socket it is for. The
 * host owns them: one a module leaves open is closed when that module's request on that socket ends, when the
 * socket closes, or when the bundle stops. Closing is idempotent, so a module closing its own is unaffected.
 */
final class OpenProgress {
    private static final Logger LOG = LoggerFactory.getLogger(OpenProgress.class);

    private final Set<Owned> open = ConcurrentHashMap.newKeySet();

    /** {@code progress} as owned by the host for {@code bundleId}'s work on {@code connectionId}. */
    HostProgress own(long bundleId, String connectionId, HostProgress progress) {
        Owned owned = new Owned(bundleId, connectionId, progress);
        open.add(owned);
        return owned;
    }

    /** A request of a module of {@code bundleId} on {@code connectionId} was answered (or failed). */
    void requestEnded(long bundleId, String connectionId) {
        closeWhere(p -> p.bundleId == bundleId && Objects.equals(p.connectionId, connectionId), "its request ended");
    }

    void connectionClosed(String connectionId) {
        closeWhere(p -> Objects.equals(p.connectionId, connectionId), "its socket closed");
    }

    void bundleStopped(long bundleId) {
        closeWhere(p -> p.bundleId == bundleId, "its bundle stopped");
    }

    /** How many are open now. */
    int count() {
        return open.size();
    }

    private void closeWhere(Predicate<Owned> which, String why) {
        for (Owned progress : open) {
            if (which.test(progress) && progress.closeNow()) {
                LOG.debug("Closed a progress window of bundle {} left open: {}", progress.bundleId, why);
            }
        }
    }

    private final class Owned implements HostProgress {
        private final long bundleId;
        private final String connectionId;
        private final HostProgress progress;
        private final AtomicBoolean closed = new AtomicBoolean();

        Owned(long bundleId, String connectionId, HostProgress progress) {
            this.bundleId = bundleId;
            this.connectionId = connectionId;
            this.progress = progress;
        }

        @Override
        public void update(String step, long done, long total) {
            if (!closed.get()) {
                progress.update(step, done, total);
            }
        }

        @Override
        public void close() {
            closeNow();
        }

        /** True when this call closed it. */
        boolean closeNow() {
            if (!closed.compareAndSet(false, true)) {
                return false;
            }
            open.remove(this);
            progress.close();
            return true;
        }
    }
}

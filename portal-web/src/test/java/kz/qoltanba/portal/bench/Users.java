package kz.qoltanba.portal.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs one loop per user on its own thread, all started together; collects the measured durations. */
final class Users {
    /** One user's loop; adds the durations it measures to {@code nanos}. */
    @FunctionalInterface
    interface Loop {
        void run(int user, List<Long> nanos) throws Exception;
    }

    /** The durations and the wall time of one run. */
    record Run(Latencies latencies, double seconds) {
        double perSecond() {
            return latencies.count() / seconds;
        }
    }

    private Users() {}

    static Run run(int users, Loop loop) throws InterruptedException {
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(users);
        try {
            long start = System.nanoTime();
            List<Future<Void>> running = new ArrayList<>();
            for (int u = 0; u < users; u++) {
                int user = u;
                running.add(pool.submit(() -> {
                    loop.run(user, nanos);
                    return null;
                }));
            }
            for (Future<Void> f : running) {
                f.get();
            }
            return new Run(new Latencies(nanos), (System.nanoTime() - start) / 1e9);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "a user's loop failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}

package kz.qoltanba.benchmarks.bridge;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.qoltanba.signing.cms.CmsSigner;

/**
 * The baseline: the same documents signed in this JVM (by {@link CmsSigner#sign(byte[])}), one thread per
 * socket of the WebSocket run, each signing its documents one after the other.
 */
final class InProcessLoad {
    /** One signature over one document. */
    @FunctionalInterface
    interface Signing {
        byte[] sign(byte[] document) throws Exception;
    }

    private InProcessLoad() {}

    static Latencies run(Signing signer, List<List<byte[]>> documentsPerThread) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(documentsPerThread.size());
        try {
            CountDownLatch ready = new CountDownLatch(documentsPerThread.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<long[]>> results = new ArrayList<>();
            for (List<byte[]> documents : documentsPerThread) {
                results.add(threads.submit(() -> {
                    long[] nanos = new long[documents.size()];
                    ready.countDown();
                    go.await();
                    for (int i = 0; i < documents.size(); i++) {
                        long start = System.nanoTime();
                        byte[] cms = signer.sign(documents.get(i));
                        nanos[i] = System.nanoTime() - start;
                        if (cms.length == 0) {
                            throw new IllegalStateException("empty CMS");
                        }
                    }
                    return nanos;
                }));
            }
            ready.await();
            long start = System.nanoTime();
            go.countDown();
            List<Long> all = new ArrayList<>();
            for (Future<long[]> result : results) {
                for (long nanos : result.get(15, TimeUnit.MINUTES)) {
                    all.add(nanos);
                }
            }
            long wall = System.nanoTime() - start;
            return new Latencies(all.stream().mapToLong(Long::longValue).toArray(), wall);
        } finally {
            threads.shutdownNow();
        }
    }
}

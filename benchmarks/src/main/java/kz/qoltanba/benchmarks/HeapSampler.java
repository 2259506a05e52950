package kz.qoltanba.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** Polls the used heap every 2 ms on a daemon thread and keeps the maximum seen. */
final class HeapSampler {
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong maximum = new AtomicLong();
    private final Thread thread;

    private HeapSampler() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        thread = new Thread(
                () -> {
                    while (running.get()) {
                        maximum.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                        try {
                            Thread.sleep(2);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                },
                "heap-sampler");
        thread.setDaemon(true);
    }

    static HeapSampler start() {
        HeapSampler sampler = new HeapSampler();
        sampler.thread.start();
        return sampler;
    }

    /** Stops sampling and returns the largest used heap seen, in bytes. */
    long stop() throws InterruptedException {
        running.set(false);
        thread.join();
        return maximum.get();
    }
}

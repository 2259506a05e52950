package kz.qoltanba.bridge.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ModuleThreadsTest {
    @Test
    void whenAskedFromOneOfItsThreads_thenTheTaskRunsOnThatThread() throws Exception {
        ModuleThreads threads = new ModuleThreads();
        ExecutorService pool = Executors.newCachedThreadPool(threads);
        try {
            CompletableFuture<Thread[]> ran = new CompletableFuture<>();
            pool.execute(() -> {
                Thread caller = Thread.currentThread();
                threads.inlineOnOwnThreads(pool)
                        .execute(() -> ran.complete(new Thread[] {caller, Thread.currentThread()}));
            });
            Thread[] both = ran.get(10, TimeUnit.SECONDS);
            assertThat(both[1]).isSameAs(both[0]);
            assertThat(both[1].getName()).startsWith("bridge-module-");
            assertThat(both[1].isDaemon()).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void whenAskedFromAnotherThread_thenTheTaskGoesToThePool() throws Exception {
        ModuleThreads threads = new ModuleThreads();
        ExecutorService pool = Executors.newCachedThreadPool(threads);
        try {
            CompletableFuture<Thread> ran = new CompletableFuture<>();
            threads.inlineOnOwnThreads(pool).execute(() -> ran.complete(Thread.currentThread()));
            assertThat(ran.get(10, TimeUnit.SECONDS)).isNotSameAs(Thread.currentThread());
            assertThat(ran.get().getName()).startsWith("bridge-module-");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void whenAskedFromAnotherBridgesModuleThread_thenTheTaskGoesToThisPool() throws Exception {
        ModuleThreads mine = new ModuleThreads();
        ModuleThreads other = new ModuleThreads();
        ExecutorService myPool = Executors.newCachedThreadPool(mine);
        ExecutorService otherPool = Executors.newCachedThreadPool(other);
        try {
            CompletableFuture<Boolean> sameThread = new CompletableFuture<>();
            otherPool.execute(() -> {
                Thread caller = Thread.currentThread();
                mine.inlineOnOwnThreads(myPool).execute(() -> sameThread.complete(Thread.currentThread() == caller));
            });
            assertThat(sameThread.get(10, TimeUnit.SECONDS)).isFalse();
        } finally {
            myPool.shutdownNow();
            otherPool.shutdownNow();
        }
    }
}

package kz.qoltanba.bridge.runtime;

import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that run module calls ({@code bridge-module-N}, daemons), and an executor for the host's signing
 * service that runs a task at once when it is asked from one of these threads. A module calls the signing
 * service from the module thread that serves its request, which has nothing else to do until the answer is
 * made; handing the work to a second pool thread only added a thread wake-up and a context switch to every
 * signature. Asked from any other thread (a dialog's event thread, a bundle's own thread) the task still goes
 * to the pool.
 */
final class ModuleThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    /** A thread of this factory: it knows who made it. */
    private static final class ModuleThread extends Thread {
        private final ModuleThreads owner;

        ModuleThread(ModuleThreads owner, Runnable task, String name) {
            super(task, name);
            this.owner = owner;
        }
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new ModuleThread(this, task, "bridge-module-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }

    /** Whether the calling thread is one of this factory's. */
    boolean isCurrent() {
        return Thread.currentThread() instanceof ModuleThread thread && thread.owner == this;
    }

    /** Runs a task in the calling thread when it is one of ours, else on {@code pool}. */
    Executor inlineOnOwnThreads(Executor pool) {
        return task -> {
            if (isCurrent()) {
                task.run();
            } else {
                pool.execute(task);
            }
        };
    }
}

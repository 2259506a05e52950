package kz.qoltanba.bridge.runtime;

import java.io.IOException;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kz.qoltanba.bridge.host.ModuleHostException;
import kz.qoltanba.bridge.spi.NcaModule;
import kz.qoltanba.bridge.ws.ModuleDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The module directory while the module host starts on its own thread: the server can accept connections before
 * the modules are up, and a request that arrives in that window waits for them (at most {@link #WAIT}) rather than
 * being answered {@code MODULE_NOT_FOUND}.
 */
final class ModulesOnceStarted implements ModuleDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(ModulesOnceStarted.class);
    /** The longest a request waits for the module host to come up. */
    static final long WAIT_SECONDS = 60;

    private final CompletableFuture<RunningBridge.StartedModules> started;

    private ModulesOnceStarted(CompletableFuture<RunningBridge.StartedModules> started) {
        this.started = started;
    }

    /** What starts the module host. */
    @FunctionalInterface
    interface Starter {
        RunningBridge.StartedModules start() throws ModuleHostException, IOException;
    }

    /** Starts the module host on a new thread at once. */
    static ModulesOnceStarted begin(Starter starter) {
        CompletableFuture<RunningBridge.StartedModules> future = new CompletableFuture<>();
        Thread thread = new Thread(
                () -> {
                    try {
                        future.complete(starter.start());
                    } catch (Throwable e) {
                        future.completeExceptionally(e);
                    }
                },
                "bridge-start-modules");
        thread.setDaemon(true);
        thread.start();
        return new ModulesOnceStarted(future);
    }

    /** Waits for the module host; its start-up failure is thrown here as it was thrown there. */
    RunningBridge.StartedModules await() throws ModuleHostException, IOException {
        try {
            return started.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModuleHostException("interrupted while the module host was starting", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ModuleHostException m) {
                throw m;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new ModuleHostException("the module host failed to start: " + cause, cause);
        }
    }

    /**
     * The server could not start: waits for the module host and stops it, so that nothing is left running or
     * writing into the home once the start-up failure is reported.
     */
    void abandon() {
        try {
            await().host().close();
        } catch (ModuleHostException | IOException | RuntimeException e) {
            LOG.debug("The module host did not start either: {}", e.getMessage());
        }
    }

    private Optional<ModuleDirectory> directory() {
        try {
            return Optional.of(
                    started.get(WAIT_SECONDS, TimeUnit.SECONDS).host().modules());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("The module host is not available: {}", e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public Optional<NcaModule> find(String wireName) {
        return directory().flatMap(directory -> directory.find(wireName));
    }

    /** Passed on once the modules run; before that no module has kept anything for a socket. */
    @Override
    public void connectionClosed(String connectionId) {
        RunningBridge.StartedModules now =
                started.isDone() && !started.isCompletedExceptionally() ? started.getNow(null) : null;
        if (now != null) {
            now.host().modules().connectionClosed(connectionId);
        }
    }

    @Override
    public SortedSet<String> names() {
        return directory()
                .map(ModuleDirectory::names)
                .orElseGet(() -> Collections.unmodifiableSortedSet(new TreeSet<>()));
    }
}

package kz.qoltanba.bridge.runtime;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.ReentrantLock;
import kz.qoltanba.bridge.catalog.CatalogException;
import kz.qoltanba.bridge.catalog.CatalogUnavailableException;
import kz.qoltanba.bridge.catalog.ModuleDownloadException;
import kz.qoltanba.bridge.catalog.ModuleHashMismatchException;
import kz.qoltanba.bridge.catalog.ModuleManager;
import kz.qoltanba.bridge.catalog.ModuleNotListedException;
import kz.qoltanba.bridge.catalog.ModuleStatus;
import kz.qoltanba.bridge.catalog.StaleCatalogException;
import kz.qoltanba.bridge.catalog.UntrustedCatalogException;
import kz.qoltanba.bridge.signing.InteractionContext;
import kz.qoltanba.bridge.spi.HostDialogs;
import kz.qoltanba.bridge.spi.HostException;
import kz.qoltanba.bridge.spi.HostProgress;
import kz.qoltanba.bridge.spi.HostSigningException;
import kz.qoltanba.bridge.spi.KeyFilter;
import kz.qoltanba.bridge.spi.ModuleInstallException;
import kz.qoltanba.bridge.spi.ModuleInstallException.Reason;

/**
 * The host's dialogs with {@code installModule} added: asks the user, then installs through the module
 * manager, which exists only once the module host runs (hence {@code manager}, completed after start). The
 * other dialogs are the signing service's. Installs run one at a time, off the socket's thread.
 */
final class CatalogInstalls implements HostDialogs {
    private final HostDialogs dialogs;
    private final Optional<InstallConfirmation> confirmation;
    private final CompletableFuture<ModuleManager> manager;
    private final Executor executor;
    private final ReentrantLock installing = new ReentrantLock(true);

    /**
     * @param confirmation how the user is asked (never beside a signing dialog); empty when nobody can be
     *     (installing is then not available)
     */
    CatalogInstalls(
            HostDialogs dialogs,
            Optional<InstallConfirmation> confirmation,
            CompletableFuture<ModuleManager> manager,
            Executor executor) {
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.confirmation = Objects.requireNonNull(confirmation, "confirmation");
        this.manager = Objects.requireNonNull(manager, "manager");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    @Override
    public CompletionStage<Path> chooseFile(String origin, String connectionId, String extension, Path start) {
        return dialogs.chooseFile(origin, connectionId, extension, start);
    }

    @Override
    public CompletionStage<Void> showSettings(String origin, String connectionId) {
        return dialogs.showSettings(origin, connectionId);
    }

    @Override
    public CompletionStage<Void> showBundleManager(String origin, String connectionId) {
        return dialogs.showBundleManager(origin, connectionId);
    }

    @Override
    public CompletionStage<Void> showMessage(
            String origin, String connectionId, String locale, String title, String message) {
        return dialogs.showMessage(origin, connectionId, locale, title, message);
    }

    @Override
    public HostProgress openProgress(String origin, String connectionId, String locale, String title) {
        return dialogs.openProgress(origin, connectionId, locale, title);
    }

    @Override
    public CompletionStage<String> installModule(String origin, String connectionId, String symbolicName) {
        if (confirmation.isEmpty()) {
            return CompletableFuture.failedFuture(new HostSigningException(
                    "installing modules is not available without the desktop or unattended mode"));
        }
        InteractionContext context = new InteractionContext(origin, connectionId, null, KeyFilter.any());
        try {
            return CompletableFuture.supplyAsync(() -> install(context, symbolicName), executor);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new HostSigningException("the bridge is stopping"));
        }
    }

    private String install(InteractionContext context, String symbolicName) {
        installing.lock();
        try {
            ModuleManager modules = manager.getNow(null);
            if (modules == null) {
                throw new HostSigningException("the bridge is still starting; try again in a moment");
            }
            confirmation.get().confirm(context, symbolicName);
            ModuleStatus status = modules.install(symbolicName);
            return status.installedVersion()
                    .orElseThrow(() ->
                            new ModuleInstallException(Reason.FAILED, "module " + symbolicName + " was not installed"));
        } catch (HostException e) {
            throw new CompletionException(e);
        } catch (CatalogException e) {
            throw new CompletionException(refusal(symbolicName, e));
        } finally {
            installing.unlock();
        }
    }

    private static ModuleInstallException refusal(String symbolicName, CatalogException e) {
        if (e instanceof ModuleNotListedException) {
            return new ModuleInstallException(
                    Reason.NOT_LISTED, "module " + symbolicName + " is not listed in the module catalog");
        }
        if (e instanceof ModuleHashMismatchException) {
            return new ModuleInstallException(
                    Reason.HASH_MISMATCH,
                    "the jar of module " + symbolicName + " does not match the catalog's SHA-256; not installed");
        }
        if (e instanceof UntrustedCatalogException || e instanceof StaleCatalogException) {
            return new ModuleInstallException(
                    Reason.UNTRUSTED_CATALOG, "the module catalog is not signed by a trusted publisher");
        }
        if (e instanceof CatalogUnavailableException || e instanceof ModuleDownloadException) {
            return new ModuleInstallException(
                    Reason.CATALOG_UNAVAILABLE, "the module catalog or the module's jar cannot be fetched");
        }
        return new ModuleInstallException(Reason.FAILED, "module " + symbolicName + " could not be installed");
    }
}

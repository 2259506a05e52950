package kz.qoltanba.bridge.spi;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Dialogs the host shows on a module's behalf, registered by the host for module bundles. */
public interface HostDialogs {
    /**
     * Lets the user choose a local file. The stage fails with {@link UserCancelledException} on cancel.
     *
     * @param extension a filter such as {@code P12}, or {@code ALL}
     * @param startDirectory where the chooser opens, or null
     */
    CompletionStage<Path> chooseFile(String origin, String connectionId, String extension, Path startDirectory);

    /** Opens the settings window; the stage completes once it is shown. */
    default CompletionStage<Void> showSettings(String origin, String connectionId) {
        return CompletableFuture.failedFuture(new HostSigningException("the settings window is not available"));
    }

    /** Opens the module manager window; the stage completes once it is shown. */
    default CompletionStage<Void> showBundleManager(String origin, String connectionId) {
        return CompletableFuture.failedFuture(new HostSigningException("the module manager is not available"));
    }

    /**
     * Asks the user whether to install the catalog's version of a module, then installs it (verified against
     * the signed module catalog) and starts it. The stage completes with the installed version, or fails with
     * {@link UserCancelledException} when the user declines, {@link ModuleInstallException} when the catalog
     * refuses it, or another {@link HostException} when installing is not available.
     */
    default CompletionStage<String> installModule(String origin, String connectionId, String symbolicName) {
        return CompletableFuture.failedFuture(new HostSigningException("installing modules is not available"));
    }

    /**
     * Shows a message to the user (e.g. a configuration problem of the module), non-blocking; unattended mode
     * writes it to the log instead.
     *
     * @param locale language of the window's own texts: {@code ru}, {@code kk} or {@code en}
     */
    default CompletionStage<Void> showMessage(
            String origin, String connectionId, String locale, String title, String message) {
        return CompletableFuture.completedFuture(null);
    }

    /**
     * Opens a progress indicator for a long operation of a module; the caller closes it when done (the host
     * closes one left open when the module's request on {@code connectionId} ends, when that socket closes, or
     * when the bundle stops). A host without one answers {@link HostProgress#NONE}.
     */
    default HostProgress openProgress(String origin, String connectionId, String locale, String title) {
        return HostProgress.NONE;
    }
}

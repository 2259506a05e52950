package kz.qoltanba.bridge.spi;

import java.nio.file.Path;
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
}

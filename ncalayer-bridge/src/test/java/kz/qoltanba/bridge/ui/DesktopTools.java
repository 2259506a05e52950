package kz.qoltanba.bridge.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.qoltanba.signing.testutil.Prerequisites;

/** The X tools the desktop tests need: skipped when missing on a workstation, a failure when {@code CI=true}. */
final class DesktopTools {
    private DesktopTools() {}

    static Path require(String tool) {
        String pathVariable = System.getenv().getOrDefault("PATH", "");
        for (String directory : pathVariable.split(File.pathSeparator)) {
            Path candidate = Path.of(directory, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        String message = "'" + tool + "' is not installed (needed to test the dialogs and the tray under X)";
        Prerequisites.require(false, message);
        throw new AssertionError("unreachable");
    }
}

package kz.qoltanba.bridge.tls;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.qoltanba.signing.testutil.Prerequisites;

/** External programs the TLS tests use: skipped with a message when absent locally, a failure when CI=true. */
public final class TlsTools {
    private TlsTools() {}

    /** Returns the absolute path of the tool, or skips / fails. */
    public static Path require(String tool, String packageHint) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        String message = tool + " is not installed (" + packageHint + ")";
        Prerequisites.require(false, message);
        return null;
    }
}

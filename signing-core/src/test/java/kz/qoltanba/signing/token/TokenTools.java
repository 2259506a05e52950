package kz.qoltanba.signing.token;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import kz.qoltanba.signing.testutil.Prerequisites;

/**
 * External tools the token tests drive (softhsm2-util, pkcs11-tool, openssl): a missing one skips the
 * test on a developer's machine with a message naming it, and fails it in CI ({@code CI=true}).
 */
final class TokenTools {
    private TokenTools() {}

    static Path require(String tool, String debianPackage) {
        Optional<Path> found = Arrays.stream(
                        System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .map(directory -> Path.of(directory, tool))
                .filter(Files::isExecutable)
                .findFirst();
        if (found.isEmpty()) {
            missing("the tool " + tool + " is not installed (Debian package " + debianPackage + ")");
        }
        return found.orElseThrow();
    }

    static Path requireFile(Path file, String debianPackage) {
        if (!Files.isRegularFile(file)) {
            missing(file + " is missing (Debian package " + debianPackage + ")");
        }
        return file;
    }

    private static void missing(String message) {
        Prerequisites.require(false, message);
    }
}

package kz.qoltanba.bridge.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder of bundle jars: {@code <home>/modules/} (jars the host verified and installed, one per symbolic name,
 * named {@code <symbolicName>_<version>.jar}) or {@code <home>/bundles/} (jars dropped in by hand).
 */
final class ModuleFolder {
    /** A jar in the folder with what its manifest says. */
    record Jar(Path path, byte[] bytes, BundleJar bundle) {}

    private final Path directory;

    ModuleFolder(Path directory) {
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    /** Every {@code *.jar}, sorted by name; files that are not bundles are reported by {@code onUnreadable}. */
    List<Jar> jars(java.util.function.BiConsumer<Path, String> onUnreadable) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Path> paths;
        try (Stream<Path> listing = Files.list(directory)) {
            paths = listing.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        }
        List<Jar> jars = new ArrayList<>();
        for (Path path : paths) {
            byte[] bytes = Files.readAllBytes(path);
            try {
                jars.add(new Jar(
                        path, bytes, BundleJar.read(bytes, path.getFileName().toString())));
            } catch (ModuleNotListedException e) {
                onUnreadable.accept(path, e.getMessage());
            }
        }
        return jars;
    }

    /** Writes the jar (atomically, through a temporary file) and returns its path. */
    Path store(BundleJar bundle, byte[] bytes) throws IOException {
        Files.createDirectories(directory);
        Path target = directory.resolve(bundle.symbolicName() + "_" + bundle.version() + ".jar");
        Path temporary = Files.createTempFile(directory, ".incoming-", ".tmp");
        try {
            Files.write(temporary, bytes);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return target;
    }
}

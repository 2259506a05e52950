package kz.qoltanba.bridge.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key files used most recently, most recent first, kept in a text file under the home directory (one
 * absolute path a line). Only paths are stored, never passwords. Files that no longer exist are not offered.
 */
final class RecentKeys {
    private static final Logger LOG = LoggerFactory.getLogger(RecentKeys.class);

    /** The most preferred keys of a module that are offered. */
    static final int MAX_PREFERRED = 50;

    private final Path store;
    private final int limit;
    private List<Path> readPaths = List.of();
    private FileTime readModified;
    private long readSize = -1;

    RecentKeys(Path store, int limit) {
        this.store = store;
        this.limit = Math.max(0, limit);
    }

    synchronized List<Path> list() {
        List<Path> result = new ArrayList<>();
        for (Path path : read()) {
            if (Files.isRegularFile(path) && result.size() < limit) {
                result.add(path);
            }
        }
        return List.copyOf(result);
    }

    /**
     * The key files to offer, in order: the existing absolute paths among {@code preferred} (a module's own
     * recent keys, at most {@value #MAX_PREFERRED}), then this list's files not already named.
     */
    List<Path> offered(List<String> preferred) {
        Set<Path> offered = new LinkedHashSet<>();
        for (String location : preferred) {
            if (offered.size() >= MAX_PREFERRED) {
                break;
            }
            existingKeyFile(location).ifPresent(offered::add);
        }
        offered.addAll(list());
        return List.copyOf(offered);
    }

    /** A token's storage name, a relative or malformed path, or a missing file is no key file. */
    private static Optional<Path> existingKeyFile(String location) {
        if (location == null || location.isBlank()) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(location);
            return path.isAbsolute() && Files.isRegularFile(path) ? Optional.of(path.normalize()) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    synchronized void used(Path keyFile) {
        Path used = keyFile.toAbsolutePath().normalize();
        List<Path> paths = new ArrayList<>(read());
        if (!paths.isEmpty() && paths.get(0).equals(used)) {
            return; // already first: nothing to rewrite (the common case when one key signs many times)
        }
        paths.remove(used);
        paths.add(0, used);
        List<String> lines = paths.stream().limit(limit).map(Path::toString).toList();
        try {
            Files.createDirectories(store.getParent());
            Path temporary = store.resolveSibling(store.getFileName() + ".tmp");
            Files.write(temporary, lines, StandardCharsets.UTF_8);
            Files.move(temporary, store, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Cannot remember the recently used key files in {}: {}", store, e.getMessage());
        }
    }

    /**
     * The stored paths, read again only when the file's modification time or size changed since the last read
     * (one {@code stat} per request instead of reading the file twice). Called with this object's lock held.
     */
    private List<Path> read() {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(store, BasicFileAttributes.class);
        } catch (IOException e) {
            return List.of(); // no list yet, or it cannot be seen
        }
        if (!attributes.isRegularFile()) {
            return List.of();
        }
        if (attributes.lastModifiedTime().equals(readModified) && attributes.size() == readSize) {
            return readPaths;
        }
        try {
            List<Path> paths = new ArrayList<>();
            for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    try {
                        paths.add(Path.of(line.strip()));
                    } catch (InvalidPathException e) {
                        LOG.debug("Ignored an unreadable line in {}", store);
                    }
                }
            }
            readPaths = List.copyOf(paths);
            readModified = attributes.lastModifiedTime();
            readSize = attributes.size();
            return readPaths;
        } catch (IOException e) {
            LOG.warn("Cannot read the recently used key files from {}: {}", store, e.getMessage());
            return List.of();
        }
    }
}

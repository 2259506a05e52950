package kz.qoltanba.bridge.origin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The origins the user allowed "always" in the consent dialog, kept in {@code <home>/allowed-origins} (one
 * origin a line) so the answer outlives the bridge. The bridge only appends to the file; the user removes an
 * origin by deleting its line. Only {@code https} origins are read back: the consent dialog never asks for others.
 * Thread-safe.
 */
public final class RememberedOrigins {
    /** The file's name in the home directory. */
    public static final String FILE_NAME = "allowed-origins";

    private static final Logger LOG = LoggerFactory.getLogger(RememberedOrigins.class);

    private final Optional<Path> file;
    private final Set<Origin> origins = ConcurrentHashMap.newKeySet();

    private RememberedOrigins(Optional<Path> file) {
        this.file = file;
    }

    /** Remembered for the life of the process only. */
    public static RememberedOrigins inMemory() {
        return new RememberedOrigins(Optional.empty());
    }

    /** Reads {@code file} (absent: none yet); a line that is not an https origin is skipped with a warning. */
    public static RememberedOrigins load(Path file) {
        RememberedOrigins remembered = new RememberedOrigins(Optional.of(file));
        try {
            int number = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                number++;
                String value = line.strip();
                if (value.isEmpty() || value.startsWith("#")) {
                    continue;
                }
                Optional<Origin> origin = Origin.parse(value).filter(Origin::isHttps);
                if (origin.isPresent()) {
                    remembered.origins.add(origin.get());
                } else {
                    LOG.warn("{} line {}: '{}' is not an https origin; ignored", file, number, printable(value));
                }
            }
        } catch (NoSuchFileException e) {
            // nothing allowed "always" yet
        } catch (IOException e) {
            LOG.warn("Cannot read the always-allowed origins {}: {}", file, e.getMessage());
        }
        return remembered;
    }

    public boolean contains(Origin origin) {
        return origins.contains(origin);
    }

    /** The remembered origins, sorted by their text. */
    public Set<Origin> origins() {
        java.util.SortedSet<Origin> sorted = new java.util.TreeSet<>(java.util.Comparator.comparing(Origin::toString));
        sorted.addAll(origins);
        return java.util.Collections.unmodifiableSortedSet(sorted);
    }

    /** Adds an origin the user allowed "always"; a failure to write is logged, the answer still holds now. */
    public synchronized void remember(Origin origin) {
        if (!origins.add(origin) || file.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(file.get().toAbsolutePath().getParent());
            Files.writeString(
                    file.get(),
                    origin + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.warn("Cannot remember {} in {}: {}", origin, file.get(), e.getMessage());
        }
    }

    private static String printable(String value) {
        return value.replaceAll("[^\\x20-\\x7e]", "?");
    }
}

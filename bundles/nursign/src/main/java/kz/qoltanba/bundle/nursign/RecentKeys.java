package kz.qoltanba.bundle.nursign;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The keys this module signed with most recently (key file paths or token storage names, as the host's
 * {@code SignResult.keyLocation} gives them), most recent first, one a line in a file of the module's own.
 * Only locations are stored, never passwords.
 */
final class RecentKeys {
    private static final System.Logger LOG = System.getLogger(RecentKeys.class.getName());

    private final Path file;

    RecentKeys(Path file) {
        this.file = file;
    }

    synchronized List<String> list(int limit) {
        if (limit <= 0 || !Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank())
                    .toList();
            return lines.subList(0, Math.min(limit, lines.size()));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot read the recent keys of the module from {0}: {1}", file, e.getMessage());
            return List.of();
        }
    }

    /** Puts {@code location} first and keeps at most {@code limit} entries. */
    synchronized void remember(String location, int limit) {
        if (location == null || location.isBlank() || location.contains("\n") || limit <= 0) {
            return;
        }
        List<String> current = list(Integer.MAX_VALUE);
        if (!current.isEmpty() && current.get(0).equals(location) && current.size() <= limit) {
            return;
        }
        List<String> updated = new ArrayList<>();
        updated.add(location);
        current.stream().filter(entry -> !entry.equals(location)).forEach(updated::add);
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "recent-keys", ".tmp");
            Files.write(temp, updated.subList(0, Math.min(limit, updated.size())), StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot store the recent keys of the module in {0}: {1}", file, e.getMessage());
        }
    }
}

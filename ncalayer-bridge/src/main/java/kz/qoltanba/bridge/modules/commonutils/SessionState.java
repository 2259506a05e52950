package kz.qoltanba.bridge.modules.commonutils;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the module remembers between requests: the dialog language ({@code changeLocale}) and, per socket, the
 * files the user chose with {@code showFileChooser} (the only files {@code *FromFile} may read). Bounded, so
 * that sockets that come and go cannot grow it without end.
 */
final class SessionState {
    private static final int MAX_CONNECTIONS = 256;
    private static final int MAX_FILES_PER_CONNECTION = 64;

    private final AtomicReference<String> locale = new AtomicReference<>("ru");
    private final Map<String, Set<Path>> chosenFiles = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Set<Path>> eldest) {
            return size() > MAX_CONNECTIONS;
        }
    };

    String locale() {
        return locale.get();
    }

    void locale(String value) {
        locale.set(value);
    }

    synchronized void rememberChosen(String connectionId, Path file) {
        Set<Path> files = chosenFiles.computeIfAbsent(connectionId, id -> new HashSet<>());
        if (files.size() >= MAX_FILES_PER_CONNECTION) {
            files.clear();
        }
        files.add(file.toAbsolutePath().normalize());
    }

    synchronized boolean wasChosen(String connectionId, Path file) {
        Set<Path> files = chosenFiles.get(connectionId);
        return files != null && files.contains(file.toAbsolutePath().normalize());
    }
}

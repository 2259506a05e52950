package kz.qoltanba.bridge.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A catalog kept in memory that records what the window asked of it. */
final class InMemoryCatalog implements ModuleCatalog {
    private final Map<String, ModuleEntry> modules = Collections.synchronizedMap(new LinkedHashMap<>());
    final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    InMemoryCatalog() {
        put(new ModuleEntry(
                "kz.gov.pki.knca.commonUtils",
                Map.of("kk", "Жалпы утилиталар", "ru", "Общие утилиты", "en", "Common utilities"),
                "1.0.0",
                "1.1.0",
                true));
        put(new ModuleEntry("kz.gov.pki.knca.basics", Map.of("en", "Basics"), "1.0.0", "1.0.0", false));
        put(new ModuleEntry("kz.example.nursign", Map.of("ru", "НУР-подпись", "en", "NURSign"), null, "2.0.0", false));
    }

    private void put(ModuleEntry entry) {
        modules.put(entry.symbolicName(), entry);
    }

    @Override
    public List<ModuleEntry> modules() {
        calls.add("modules");
        synchronized (modules) {
            return List.copyOf(modules.values());
        }
    }

    @Override
    public void install(String symbolicName) {
        calls.add("install " + symbolicName);
        ModuleEntry entry = modules.get(symbolicName);
        put(new ModuleEntry(
                symbolicName, entry.names(), entry.availableVersion(), entry.availableVersion(), entry.required()));
        listeners.forEach(Runnable::run);
    }

    @Override
    public void remove(String symbolicName) throws ModuleCatalogException {
        calls.add("remove " + symbolicName);
        ModuleEntry entry = modules.get(symbolicName);
        if (entry.required()) {
            throw new ModuleCatalogException("Module " + symbolicName + " is required");
        }
        put(new ModuleEntry(symbolicName, entry.names(), null, entry.availableVersion(), entry.required()));
        listeners.forEach(Runnable::run);
    }

    @Override
    public List<String> downloadUpdates() {
        calls.add("update");
        List<String> updated = new ArrayList<>();
        synchronized (modules) {
            for (ModuleEntry entry : List.copyOf(modules.values())) {
                if (entry.installed() && !entry.installedVersion().equals(entry.availableVersion())) {
                    put(new ModuleEntry(
                            entry.symbolicName(),
                            entry.names(),
                            entry.availableVersion(),
                            entry.availableVersion(),
                            entry.required()));
                    updated.add(entry.symbolicName());
                }
            }
        }
        return updated;
    }

    @Override
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }

    int listenerCount() {
        return listeners.size();
    }
}

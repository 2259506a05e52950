package kz.qoltanba.bridge.ws;

import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import kz.qoltanba.bridge.spi.NcaModule;

/** Modules by name, for tests without Felix. */
final class MapModuleDirectory implements ModuleDirectory {
    private final Map<String, NcaModule> modules = new ConcurrentHashMap<>();

    MapModuleDirectory with(String name, NcaModule module) {
        modules.put(name, module);
        return this;
    }

    @Override
    public Optional<NcaModule> find(String wireName) {
        return Optional.ofNullable(modules.get(wireName));
    }

    @Override
    public SortedSet<String> names() {
        return new TreeSet<>(modules.keySet());
    }
}

package kz.qoltanba.bridge.host;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import kz.qoltanba.bridge.spi.NcaModule;
import kz.qoltanba.bridge.ws.ModuleDirectory;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The module services in the registry, by wire name; when two services claim one name, the higher service
 * ranking (then the older service) wins. Kept current by a {@code ServiceTracker}.
 */
final class TrackedModules implements ModuleDirectory, ServiceTrackerCustomizer<NcaModule, NcaModule> {
    private static final Logger LOG = LoggerFactory.getLogger(TrackedModules.class);

    private final BundleContext context;
    private final OpenProgress progress;
    private final Map<ServiceReference<NcaModule>, NcaModule> tracked = new ConcurrentHashMap<>();
    private volatile Map<String, NcaModule> byName = Map.of();

    TrackedModules(BundleContext context, OpenProgress progress) {
        this.context = context;
        this.progress = progress;
    }

    @Override
    public Optional<NcaModule> find(String wireName) {
        return Optional.ofNullable(byName.get(wireName));
    }

    @Override
    public SortedSet<String> names() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(byName.keySet()));
    }

    /** Closes the progress windows modules left open for that socket. */
    @Override
    public void connectionClosed(String connectionId) {
        progress.connectionClosed(connectionId);
    }

    @Override
    public NcaModule addingService(ServiceReference<NcaModule> reference) {
        NcaModule registered = context.getService(reference);
        if (registered == null) {
            return null;
        }
        NcaModule module = new ModuleRequests(registered, reference.getBundle().getBundleId(), progress);
        tracked.put(reference, module);
        rebuild();
        LOG.info(
                "Module {} registered by bundle {}",
                wireNames(reference),
                reference.getBundle().getSymbolicName());
        return module;
    }

    @Override
    public void modifiedService(ServiceReference<NcaModule> reference, NcaModule module) {
        rebuild();
    }

    @Override
    public void removedService(ServiceReference<NcaModule> reference, NcaModule module) {
        tracked.remove(reference);
        rebuild();
        context.ungetService(reference);
        LOG.info("Module {} unregistered", wireNames(reference));
    }

    private synchronized void rebuild() {
        List<ServiceReference<NcaModule>> references = new ArrayList<>(tracked.keySet());
        references.sort(Collections.reverseOrder());
        Map<String, NcaModule> names = new HashMap<>();
        for (ServiceReference<NcaModule> reference : references) {
            NcaModule module = tracked.get(reference);
            if (module == null) {
                continue;
            }
            for (String name : wireNames(reference)) {
                names.putIfAbsent(name, module);
            }
        }
        byName = Map.copyOf(names);
    }

    static List<String> wireNames(ServiceReference<?> reference) {
        Object property = reference.getProperty(NcaModule.MODULE_NAME);
        if (property instanceof String name) {
            return List.of(name);
        }
        if (property instanceof String[] names) {
            return List.of(names);
        }
        return List.of();
    }
}

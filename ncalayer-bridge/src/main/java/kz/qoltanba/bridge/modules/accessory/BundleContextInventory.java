package kz.qoltanba.bridge.modules.accessory;

import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import kz.qoltanba.bridge.spi.NcaModule;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The inventory read live from the OSGi framework. */
final class BundleContextInventory implements Inventory {
    private final BundleContext context;

    BundleContextInventory(BundleContext context) {
        this.context = context;
    }

    @Override
    public Map<String, String> bundles() {
        Map<String, String> bundles = new TreeMap<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getBundleId() != 0 && bundle.getSymbolicName() != null) {
                bundles.put(bundle.getSymbolicName(), bundle.getVersion().toString());
            }
        }
        return bundles;
    }

    @Override
    public SortedSet<String> modules() {
        SortedSet<String> names = new TreeSet<>();
        try {
            for (ServiceReference<NcaModule> reference : context.getServiceReferences(NcaModule.class, null)) {
                Object property = reference.getProperty(NcaModule.MODULE_NAME);
                if (property instanceof String name) {
                    names.add(name);
                } else if (property instanceof String[] several) {
                    names.addAll(java.util.List.of(several));
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("a null filter cannot be invalid", e);
        }
        return names;
    }
}

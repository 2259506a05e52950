package kz.qoltanba.bridge.modules;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import kz.qoltanba.bridge.modules.accessory.Accessory;
import kz.qoltanba.bridge.modules.basics.Basics;
import kz.qoltanba.bridge.modules.commonutils.CommonUtils;
import kz.qoltanba.bridge.spi.HostDialogs;
import kz.qoltanba.bridge.spi.HostSigning;
import kz.qoltanba.bridge.spi.NcaModule;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

/**
 * Registers the three built-in modules as OSGi module services, taking the host's {@link HostSigning} and
 * {@link HostDialogs} from the service registry exactly as a module bundle's activator would. (They are
 * registered from the host's own bundle context; packaging them as separate bundle jars is still to do.)
 */
public final class BuiltinModules {
    private BuiltinModules() {}

    /**
     * @param context a bundle context in which the host has registered its signing and dialog services
     * @param bridgeVersion the bridge's version, for the accessory module's {@code getVersion}
     * @return the registrations, to unregister on shutdown
     */
    public static List<ServiceRegistration<NcaModule>> register(BundleContext context, String bridgeVersion) {
        HostSigning signing = service(context, HostSigning.class);
        HostDialogs dialogs = service(context, HostDialogs.class);
        List<ServiceRegistration<NcaModule>> registrations = new ArrayList<>();
        registrations.add(register(context, CommonUtils.NAME, CommonUtils.module(signing, dialogs)));
        registrations.add(register(context, Basics.NAME, Basics.module(signing)));
        registrations.add(register(
                context, Accessory.NAME, Accessory.module(Accessory.inventory(context), dialogs, bridgeVersion)));
        return registrations;
    }

    private static ServiceRegistration<NcaModule> register(BundleContext context, String name, NcaModule module) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(NcaModule.MODULE_NAME, name);
        return context.registerService(NcaModule.class, module, properties);
    }

    private static <T> T service(BundleContext context, Class<T> type) {
        ServiceReference<T> reference = context.getServiceReference(type);
        T service = reference == null ? null : context.getService(reference);
        if (service == null) {
            throw new IllegalStateException("The host has not registered its " + type.getSimpleName() + " service");
        }
        return service;
    }
}

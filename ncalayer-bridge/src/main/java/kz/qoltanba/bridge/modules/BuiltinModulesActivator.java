package kz.qoltanba.bridge.modules;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;

/**
 * The {@code Bundle-Activator} of the built-in modules bundle: registers the three modules; the framework
 * unregisters them when the bundle stops.
 */
public final class BuiltinModulesActivator implements BundleActivator {
    @Override
    public void start(BundleContext context) {
        Version version = context.getBundle().getVersion();
        BuiltinModules.register(context, version.getMajor() + "." + version.getMinor() + "." + version.getMicro());
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the bundle's services
    }
}

package kz.qoltanba.bridge.host;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import kz.qoltanba.bridge.spi.HostDialogs;
import kz.qoltanba.bridge.spi.HostSigning;
import kz.qoltanba.bridge.spi.NcaModule;
import kz.qoltanba.bridge.ws.ModuleDirectory;
import kz.qoltanba.signing.token.KeyEntry;
import org.bouncycastle.asn1.ASN1Object;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded OSGi framework (Apache Felix, found through {@link FrameworkFactory}) that runs the module
 * bundles. The system bundle exports the SPI, signing-core's API and the Bouncy Castle packages it exposes; the
 * host registers its signing and dialog services for bundles and tracks the module services they register.
 */
public final class ModuleHost implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ModuleHost.class);

    private final Framework framework;
    private final ServiceTracker<NcaModule, NcaModule> tracker;
    private final TrackedModules modules;

    private ModuleHost(Framework framework, ServiceTracker<NcaModule, NcaModule> tracker, TrackedModules modules) {
        this.framework = framework;
        this.tracker = tracker;
        this.modules = modules;
    }

    /**
     * Starts the framework with its cache in {@code cacheDirectory} (emptied at every start: bundles are
     * installed by the host each time) and registers the host services.
     */
    public static ModuleHost start(Path cacheDirectory, HostSigning signing, HostDialogs dialogs)
            throws ModuleHostException {
        Map<String, String> configuration = new HashMap<>();
        configuration.put(
                Constants.FRAMEWORK_STORAGE, cacheDirectory.toAbsolutePath().toString());
        configuration.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        configuration.put(
                Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA,
                SystemPackages.exports(KeyEntry.class, ASN1Object.class) + "," + jacksonExports());
        Framework framework = frameworkFactory().newFramework(configuration);
        try {
            Files.createDirectories(cacheDirectory);
            framework.init();
            framework.start();
            BundleContext context = framework.getBundleContext();
            context.registerService(HostSigning.class, signing, null);
            OpenProgress progress = new OpenProgress();
            context.registerService(HostDialogs.class, BundleDialogs.factory(dialogs, progress), null);
            context.addBundleListener((SynchronousBundleListener) event -> {
                if (event.getType() == BundleEvent.STOPPED) {
                    progress.bundleStopped(event.getBundle().getBundleId());
                }
            });
            TrackedModules modules = new TrackedModules(context, progress);
            ServiceTracker<NcaModule, NcaModule> tracker = new ServiceTracker<>(context, NcaModule.class, modules);
            tracker.open();
            LOG.info("Module host started (cache {})", cacheDirectory);
            return new ModuleHost(framework, tracker, modules);
        } catch (BundleException | IOException | RuntimeException e) {
            stopQuietly(framework);
            throw new ModuleHostException("The module framework did not start: " + e.getMessage(), e);
        }
    }

    /** Jackson, which the built-in modules bundle uses to read and write JSON, from the host's class space. */
    private static String jacksonExports() {
        String version = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString();
        String release = version.replaceAll("[^0-9.].*$", "");
        return String.join(
                ",",
                "com.fasterxml.jackson.core;version=\"" + release + "\"",
                "com.fasterxml.jackson.databind;version=\"" + release + "\"",
                "com.fasterxml.jackson.databind.node;version=\"" + release + "\"");
    }

    private static FrameworkFactory frameworkFactory() throws ModuleHostException {
        Iterator<FrameworkFactory> factories = ServiceLoader.load(
                        FrameworkFactory.class, ModuleHost.class.getClassLoader())
                .iterator();
        if (!factories.hasNext()) {
            throw new ModuleHostException("No OSGi framework on the class path", null);
        }
        return factories.next();
    }

    /** The modules bundles registered, kept current. */
    public ModuleDirectory modules() {
        return modules;
    }

    /** Installs and starts a bundle jar; returns its symbolic name. */
    public String install(Path jar) throws ModuleHostException {
        try (InputStream in = Files.newInputStream(jar)) {
            Bundle bundle =
                    framework.getBundleContext().installBundle(jar.toUri().toString(), in);
            bundle.start();
            LOG.info("Started bundle {} {}", bundle.getSymbolicName(), bundle.getVersion());
            return bundle.getSymbolicName();
        } catch (IOException | BundleException | RuntimeException e) {
            throw new ModuleHostException(
                    "Bundle " + jar.getFileName() + " could not be installed: " + e.getMessage(), e);
        }
    }

    /** Stops and uninstalls the bundle with this symbolic name, if installed. */
    public void uninstall(String symbolicName) throws ModuleHostException {
        for (Bundle bundle : framework.getBundleContext().getBundles()) {
            if (bundle.getBundleId() != 0 && symbolicName.equals(bundle.getSymbolicName())) {
                try {
                    bundle.uninstall();
                } catch (BundleException e) {
                    throw new ModuleHostException("Bundle " + symbolicName + " could not be removed", e);
                }
            }
        }
    }

    /** Installed bundles other than the framework itself: symbolic name to version. */
    public Map<String, String> bundles() {
        Map<String, String> bundles = new TreeMap<>();
        for (Bundle bundle : framework.getBundleContext().getBundles()) {
            if (bundle.getBundleId() != 0) {
                bundles.put(bundle.getSymbolicName(), bundle.getVersion().toString());
            }
        }
        return bundles;
    }

    /** The framework's own bundle context, where the host registers services (e.g. the built-in modules). */
    public BundleContext bundleContext() {
        return framework.getBundleContext();
    }

    /** The packages the system bundle exports to bundles, as configured. */
    public String systemPackagesExtra() {
        return framework.getBundleContext().getProperty(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA);
    }

    @Override
    public void close() {
        tracker.close();
        stopQuietly(framework);
    }

    private static void stopQuietly(Framework framework) {
        try {
            framework.stop();
            framework.waitForStop(10_000);
        } catch (BundleException | InterruptedException | RuntimeException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warn("The module framework did not stop cleanly: {}", e.getMessage());
        }
    }
}

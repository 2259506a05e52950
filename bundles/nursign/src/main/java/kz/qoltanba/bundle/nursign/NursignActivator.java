package kz.qoltanba.bundle.nursign;

import java.io.File;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import kz.qoltanba.bridge.spi.HostDialogs;
import kz.qoltanba.bridge.spi.HostSigning;
import kz.qoltanba.bridge.spi.NcaModule;
import kz.qoltanba.bundle.nursign.config.NursignConfig;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Registers the {@code NURSign} module. The host's signing and dialog services are tracked, so the module
 * answers error 6 while one is missing instead of failing to start.
 */
public final class NursignActivator implements BundleActivator {
    static final String WIRE_NAME = "NURSign";

    private ServiceTracker<HostSigning, HostSigning> signing;
    private ServiceTracker<HostDialogs, HostDialogs> dialogs;
    private ExecutorService work;

    @Override
    public void start(BundleContext context) {
        signing = new ServiceTracker<>(context, HostSigning.class, null);
        dialogs = new ServiceTracker<>(context, HostDialogs.class, null);
        signing.open();
        dialogs.open();
        work = Executors.newCachedThreadPool(daemonThreads());
        String home = home();
        ConfigProblems problems = new ConfigProblems();
        NursignConfig config = NursignConfig.open(problems::report);
        File data = context.getDataFile("recent-keys.txt");
        RecentKeys recent = new RecentKeys(data != null ? data.toPath() : Path.of(home, "NURSign", "recent-keys.txt"));
        ModuleSigner signer = new ModuleSigner(signing::getService, recent, work);
        Map<String, RequestType> types =
                RequestTypes.all(signer, dialogs::getService, work, Path.of(System.getProperty("java.io.tmpdir")));
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(NcaModule.MODULE_NAME, WIRE_NAME);
        context.registerService(
                NcaModule.class, new NursignModule(config::current, problems, dialogs::getService, types), properties);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the module service
        work.shutdownNow();
        signing.close();
        dialogs.close();
    }

    /** {@code $HOME} when set, else {@code user.home}. */
    private static String home() {
        String env = System.getenv("HOME");
        return env != null && !env.isBlank() ? env : System.getProperty("user.home");
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "nursign-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}

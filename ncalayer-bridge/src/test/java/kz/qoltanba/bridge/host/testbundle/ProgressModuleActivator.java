package kz.qoltanba.bridge.host.testbundle;

import java.util.Hashtable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import kz.qoltanba.bridge.spi.HostDialogs;
import kz.qoltanba.bridge.spi.HostProgress;
import kz.qoltanba.bridge.spi.ModuleRequest;
import kz.qoltanba.bridge.spi.NcaModule;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * A test bundle whose module {@code test.progress} opens a progress window through the host and, by the
 * request's {@code method}: {@code leave} answers after 1.5 s without closing it, {@code hold} never answers
 * (the window stays until the socket or the bundle goes), {@code close} closes it itself, twice, and answers.
 */
public final class ProgressModuleActivator implements BundleActivator {
    public static final String MODULE = "test.progress";
    public static final String SYMBOLIC_NAME = "kz.qoltanba.test.progress";
    public static final long LEAVE_MILLIS = 1500;

    @Override
    public void start(BundleContext context) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(NcaModule.MODULE_NAME, MODULE);
        context.registerService(NcaModule.class, request -> answer(context, request), properties);
    }

    private static CompletionStage<String> answer(BundleContext context, ModuleRequest request) {
        HostDialogs dialogs = context.getService(context.getServiceReference(HostDialogs.class));
        HostProgress progress = dialogs.openProgress(request.origin(), request.connectionId(), "en", "Test upload");
        progress.update("Uploading", 50, 100);
        String done = "{\"result\":\"done\"}";
        if (request.json().contains("\"close\"")) {
            progress.close();
            progress.close();
            return CompletableFuture.completedFuture(done);
        }
        if (request.json().contains("\"hold\"")) {
            return new CompletableFuture<>();
        }
        return CompletableFuture.supplyAsync(
                () -> done, CompletableFuture.delayedExecutor(LEAVE_MILLIS, TimeUnit.MILLISECONDS));
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the service
    }
}

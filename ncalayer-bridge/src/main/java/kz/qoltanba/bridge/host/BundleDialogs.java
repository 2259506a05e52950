package kz.qoltanba.bridge.host;

import java.nio.file.Path;
import java.util.concurrent.CompletionStage;
import kz.qoltanba.bridge.spi.HostDialogs;
import kz.qoltanba.bridge.spi.HostProgress;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;

/**
 * The host's dialogs as one bundle sees them: every call goes to the host's {@link HostDialogs}, and the
 * progress indicators it opens are {@linkplain OpenProgress owned} by the host under that bundle's ID.
 * Registered through {@link #factory}, so each bundle gets its own.
 */
final class BundleDialogs implements HostDialogs {
    private final HostDialogs dialogs;
    private final long bundleId;
    private final OpenProgress progress;

    BundleDialogs(HostDialogs dialogs, long bundleId, OpenProgress progress) {
        this.dialogs = dialogs;
        this.bundleId = bundleId;
        this.progress = progress;
    }

    static ServiceFactory<HostDialogs> factory(HostDialogs dialogs, OpenProgress progress) {
        return new ServiceFactory<>() {
            @Override
            public HostDialogs getService(Bundle bundle, ServiceRegistration<HostDialogs> registration) {
                return new BundleDialogs(dialogs, bundle.getBundleId(), progress);
            }

            @Override
            public void ungetService(
                    Bundle bundle, ServiceRegistration<HostDialogs> registration, HostDialogs service) {
                // A bundle may get and unget per call: its progress stays open until its request or bundle ends.
            }
        };
    }

    @Override
    public CompletionStage<Path> chooseFile(String origin, String connectionId, String extension, Path start) {
        return dialogs.chooseFile(origin, connectionId, extension, start);
    }

    @Override
    public CompletionStage<Void> showSettings(String origin, String connectionId) {
        return dialogs.showSettings(origin, connectionId);
    }

    @Override
    public CompletionStage<Void> showBundleManager(String origin, String connectionId) {
        return dialogs.showBundleManager(origin, connectionId);
    }

    @Override
    public CompletionStage<String> installModule(String origin, String connectionId, String symbolicName) {
        return dialogs.installModule(origin, connectionId, symbolicName);
    }

    @Override
    public CompletionStage<Void> showMessage(
            String origin, String connectionId, String locale, String title, String message) {
        return dialogs.showMessage(origin, connectionId, locale, title, message);
    }

    @Override
    public HostProgress openProgress(String origin, String connectionId, String locale, String title) {
        HostProgress opened = dialogs.openProgress(origin, connectionId, locale, title);
        return progress.own(bundleId, connectionId, opened);
    }
}

package kz.qoltanba.bridge.runtime;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import kz.qoltanba.bridge.origin.ConsentPrompt;
import kz.qoltanba.bridge.signing.HostWindows;
import kz.qoltanba.bridge.signing.InteractionContext;
import kz.qoltanba.bridge.signing.UserInteraction;
import kz.qoltanba.bridge.spi.HostException;
import kz.qoltanba.bridge.spi.HostSigningException;
import kz.qoltanba.bridge.ui.BridgeTray;
import kz.qoltanba.bridge.ui.DesktopWindows;
import kz.qoltanba.bridge.ui.LanguageFile;
import kz.qoltanba.bridge.ui.LanguageSetting;
import kz.qoltanba.bridge.ui.SwingDialogs;
import kz.qoltanba.bridge.ui.TrayActions;

/**
 * The bridge on a desktop: the Swing dialogs that ask the user (key, password, confirmation, origin
 * consent), and, once the host runs, the module-manager and settings windows and the tray menu.
 */
public final class DesktopShell implements HostWindows, AutoCloseable {
    private final LanguageSetting language;
    private final SwingDialogs dialogs;
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "desktop-background");
        thread.setDaemon(true);
        return thread;
    });
    private volatile DesktopWindows windows;
    private Optional<BridgeTray> tray = Optional.empty();

    /** @param home where the language the user chooses is kept for the next start ({@link LanguageFile}) */
    public DesktopShell(Clock clock, Path home) {
        this.language = new LanguageSetting(LanguageFile.read(home));
        LanguageFile.keep(home, language);
        this.dialogs = new SwingDialogs(language, clock);
    }

    public UserInteraction interaction() {
        return dialogs;
    }

    public ConsentPrompt consentPrompt() {
        return dialogs.consentPrompt();
    }

    /**
     * Opens the tray menu for a running bridge (when the desktop has a tray).
     *
     * @param restart restarts the host (after an install or update, or from the tray)
     * @param exit ends the bridge with the given status (from the tray's Exit)
     */
    public void attach(
            RunningBridge bridge, Runnable restart, IntConsumer exit, Supplier<Map<String, String>> configuration) {
        closeWindows();
        windows = new DesktopWindows(
                new CatalogModules(bridge.moduleManager()), language, background, restart, configuration);
        tray = BridgeTray.install(language, TrayActions.of(windows, restart, exit));
    }

    /** For a module's {@code showSettings}: opens the settings window once the host runs. */
    @Override
    public void showSettings(InteractionContext context) throws HostException {
        opened().showSettings();
    }

    /** For a module's {@code showBundleManager}: opens the module manager once the host runs. */
    @Override
    public void showBundleManager(InteractionContext context) throws HostException {
        opened().showModuleManager();
    }

    private DesktopWindows opened() throws HostException {
        DesktopWindows current = windows;
        if (current == null) {
            throw new HostSigningException("the bridge is still starting; try again in a moment");
        }
        return current;
    }

    private void closeWindows() {
        tray.ifPresent(BridgeTray::close);
        tray = Optional.empty();
        if (windows != null) {
            windows.close();
            windows = null;
        }
    }

    @Override
    public void close() {
        closeWindows();
        background.shutdownNow();
    }
}

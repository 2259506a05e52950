package kz.qoltanba.bridge.ui;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The bridge's two windows, the module manager and the settings, each opened at most once and brought to the
 * front when asked again. Reached from the tray, and from {@code showBundleManager} / {@code showSettings}
 * where there is no tray. Methods may be called from any thread.
 */
public final class DesktopWindows {
    private final ModuleCatalog catalog;
    private final LanguageSetting language;
    private final Executor background;
    private final Runnable restart;
    private final Supplier<Map<String, String>> configuration;
    private ModuleManagerFrame moduleManager;
    private SettingsFrame settings;

    /**
     * @param background runs catalog calls (network) off the event thread
     * @param restart restarts the module framework (asked for after an install or update)
     * @param configuration the effective configuration shown, read-only, in the settings window
     */
    public DesktopWindows(
            ModuleCatalog catalog,
            LanguageSetting language,
            Executor background,
            Runnable restart,
            Supplier<Map<String, String>> configuration) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.language = Objects.requireNonNull(language, "language");
        this.background = Objects.requireNonNull(background, "background");
        this.restart = Objects.requireNonNull(restart, "restart");
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        language.onChange(changed -> Swing.runAndWait(() -> relabel(Texts.of(changed))));
    }

    public void showModuleManager() {
        Swing.runAndWait(() -> {
            if (moduleManager == null) {
                moduleManager = new ModuleManagerFrame(catalog, Texts.of(language.current()), background, restart);
            }
            moduleManager.open();
        });
    }

    public void showSettings() {
        Map<String, String> shown = new TreeMap<>(configuration.get());
        Swing.runAndWait(() -> {
            if (settings == null) {
                settings = new SettingsFrame(language);
                settings.relabel(Texts.of(language.current()));
            }
            settings.open(shown);
        });
    }

    /** Closes both windows (at shutdown). */
    public void close() {
        Swing.runAndWait(() -> {
            if (moduleManager != null) {
                moduleManager.close();
            }
            if (settings != null) {
                settings.frame().dispose();
            }
        });
    }

    private void relabel(Texts texts) {
        if (moduleManager != null) {
            moduleManager.relabel(texts);
        }
        if (settings != null) {
            settings.relabel(texts);
        }
    }
}

package kz.qoltanba.bridge.ui;

import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * What the tray menu's items do (Language is handled by the tray itself).
 *
 * @param openModuleManager «Управление модулями»
 * @param openSettings Settings
 * @param restart Restart (the module framework)
 * @param exit Exit («Выход»): called with status 0; {@code main} ends the process with it
 */
public record TrayActions(Runnable openModuleManager, Runnable openSettings, Runnable restart, IntConsumer exit) {
    public TrayActions {
        Objects.requireNonNull(openModuleManager, "openModuleManager");
        Objects.requireNonNull(openSettings, "openSettings");
        Objects.requireNonNull(restart, "restart");
        Objects.requireNonNull(exit, "exit");
    }

    /** Actions that open the bridge's own windows. */
    public static TrayActions of(DesktopWindows windows, Runnable restart, IntConsumer exit) {
        return new TrayActions(windows::showModuleManager, windows::showSettings, restart, exit);
    }
}

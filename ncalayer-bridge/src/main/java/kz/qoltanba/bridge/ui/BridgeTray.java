package kz.qoltanba.bridge.ui;

import java.awt.AWTException;
import java.awt.CheckboxMenuItem;
import java.awt.EventQueue;
import java.awt.Menu;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tray icon and its menu: Module management, Settings, Language (Қазақша / Русский / English), Restart,
 * Exit. Choosing a language changes the menu's texts at once (and every window's, through the shared
 * {@link LanguageSetting}).
 */
public final class BridgeTray implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BridgeTray.class);

    private final SystemTray tray;
    private final TrayIcon icon;
    private final LanguageSetting language;
    private final MenuItem modules;
    private final MenuItem settings;
    private final Menu languageMenu;
    private final MenuItem restart;
    private final MenuItem exit;
    private final Map<Language, CheckboxMenuItem> languageItems = new EnumMap<>(Language.class);
    private final Consumer<Language> relabel = changed -> EventQueue.invokeLater(() -> relabel(Texts.of(changed)));

    private BridgeTray(SystemTray tray, LanguageSetting language, TrayActions actions) {
        this.tray = tray;
        this.language = language;
        PopupMenu menu = new PopupMenu();
        modules = item("modules", actions.openModuleManager());
        settings = item("settings", actions.openSettings());
        languageMenu = new Menu();
        languageMenu.setName("language");
        for (Language each : Language.values()) {
            CheckboxMenuItem choice = new CheckboxMenuItem(each.nativeName());
            choice.setName("language." + each.code());
            choice.addItemListener(event -> language.change(each));
            languageItems.put(each, choice);
            languageMenu.add(choice);
        }
        restart = item("restart", actions.restart());
        exit = item("exit", () -> actions.exit().accept(0));
        menu.add(modules);
        menu.add(settings);
        menu.add(languageMenu);
        menu.addSeparator();
        menu.add(restart);
        menu.add(exit);
        icon = new TrayIcon(TrayIconImage.draw(tray.getTrayIconSize()), "", menu);
        icon.setImageAutoSize(true);
        icon.addActionListener(event -> actions.openModuleManager().run());
        relabel(Texts.of(language.current()));
        language.onChange(relabel);
    }

    /**
     * Adds the icon when the desktop has a tray; empty otherwise (then the same actions are reachable from
     * the command line and from {@code showBundleManager} / {@code showSettings}).
     */
    public static Optional<BridgeTray> install(LanguageSetting language, TrayActions actions) {
        if (!SystemTray.isSupported()) {
            LOG.info("This desktop has no system tray; the tray menu is not shown.");
            return Optional.empty();
        }
        BridgeTray[] created = new BridgeTray[1];
        Swing.runAndWait(() -> created[0] = new BridgeTray(SystemTray.getSystemTray(), language, actions));
        try {
            created[0].tray.add(created[0].icon);
        } catch (AWTException e) {
            LOG.warn("The tray icon could not be added: {}", e.getMessage());
            created[0].close();
            return Optional.empty();
        }
        return Optional.of(created[0]);
    }

    private static MenuItem item(String name, Runnable action) {
        MenuItem item = new MenuItem();
        item.setName(name);
        item.addActionListener(event -> action.run());
        return item;
    }

    private void relabel(Texts texts) {
        modules.setLabel(texts.get("tray.modules"));
        settings.setLabel(texts.get("tray.settings"));
        languageMenu.setLabel(texts.get("tray.language"));
        restart.setLabel(texts.get("tray.restart"));
        exit.setLabel(texts.get("tray.exit"));
        icon.setToolTip(texts.get("tray.tooltip"));
        languageItems.forEach((each, item) -> item.setState(each == texts.language()));
    }

    TrayIcon icon() {
        return icon;
    }

    @Override
    public void close() {
        language.removeListener(relabel);
        tray.remove(icon);
    }
}

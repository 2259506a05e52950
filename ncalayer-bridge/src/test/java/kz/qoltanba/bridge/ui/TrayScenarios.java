package kz.qoltanba.bridge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.CheckboxMenuItem;
import java.awt.Menu;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.SystemTray;
import java.awt.event.ActionEvent;
import java.awt.event.ItemEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tray icon with {@code trayer} as the tray host: the icon is added and each menu item does its job. */
class TrayScenarios {
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final LanguageSetting language = new LanguageSetting(Language.RU);
    private final AtomicInteger restarts = new AtomicInteger();
    private final List<Integer> exits = new ArrayList<>();
    private DesktopWindows windows;
    private BridgeTray tray;

    @BeforeEach
    void installTray() throws Exception {
        SwingTree.await("a system tray (trayer)", SystemTray::isSupported);
        windows = new DesktopWindows(
                new InMemoryCatalog(), language, background, () -> {}, () -> Map.of("port", "13579"));
        Optional<BridgeTray> installed =
                BridgeTray.install(language, TrayActions.of(windows, restarts::incrementAndGet, exits::add));
        assertThat(installed).isPresent();
        tray = installed.get();
    }

    @AfterEach
    void removeTray() throws Exception {
        tray.close();
        windows.close();
        background.shutdownNow();
        SwingTree.disposeAll();
    }

    private MenuItem item(String name) throws Exception {
        return SwingTree.onEdt(() -> find(tray.icon().getPopupMenu(), name));
    }

    private static MenuItem find(Menu menu, String name) {
        for (int i = 0; i < menu.getItemCount(); i++) {
            MenuItem item = menu.getItem(i);
            if (name.equals(item.getName())) {
                return item;
            }
            if (item instanceof Menu submenu) {
                MenuItem inner = find(submenu, name);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private static void choose(MenuItem item) throws Exception {
        SwingTree.onEdt(() -> {
            item.dispatchEvent(new ActionEvent(item, ActionEvent.ACTION_PERFORMED, item.getActionCommand()));
            return null;
        });
    }

    private List<String> labels() throws Exception {
        return SwingTree.onEdt(this::labelsNow);
    }

    /** The menu's labels as they are now (call on the event thread). */
    private List<String> labelsNow() {
        PopupMenu menu = tray.icon().getPopupMenu();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < menu.getItemCount(); i++) {
            if (!"-".equals(menu.getItem(i).getLabel())) {
                labels.add(menu.getItem(i).getLabel());
            }
        }
        return labels;
    }

    @Test
    void whenTrayHostRuns_thenTheIconIsAddedWithTheRussianMenu() throws Exception {
        assertThat(SystemTray.getSystemTray().getTrayIcons()).contains(tray.icon());
        assertThat(labels()).containsExactly("Управление модулями", "Настройки", "Язык", "Перезапустить", "Выход");
        assertThat(tray.icon().getToolTip()).isEqualTo("Qoltanba: подпись");
    }

    @Test
    void whenModuleManagementChosen_thenTheModuleManagerOpens() throws Exception {
        assertThat(SwingTree.showing(ModuleManagerFrame.NAME)).isEmpty();
        choose(item("modules"));
        assertThat(SwingTree.awaitWindow(ModuleManagerFrame.NAME).isShowing()).isTrue();
    }

    @Test
    void whenSettingsChosen_thenTheSettingsWindowOpens() throws Exception {
        choose(item("settings"));
        assertThat(SwingTree.awaitWindow(SettingsFrame.NAME).isShowing()).isTrue();
    }

    @Test
    void whenLanguageChosen_thenTheMenuTextsChange() throws Exception {
        CheckboxMenuItem kazakh = (CheckboxMenuItem) item("language.kk");
        SwingTree.onEdt(() -> {
            kazakh.setState(true);
            kazakh.dispatchEvent(
                    new ItemEvent(kazakh, ItemEvent.ITEM_STATE_CHANGED, kazakh.getLabel(), ItemEvent.SELECTED));
            return null;
        });
        assertThat(language.current()).isEqualTo(Language.KK);
        List<String> kazakhMenu = List.of("Модульдерді басқару", "Баптаулар", "Тіл", "Қайта іске қосу", "Шығу");
        assertThat(SwingTree.awaitValue("Kazakh menu", this::labelsNow, kazakhMenu::equals))
                .containsExactlyElementsOf(kazakhMenu);
        assertThat(SwingTree.onEdt(() -> ((CheckboxMenuItem) item("language.ru")).getState()))
                .isFalse();
        CheckboxMenuItem english = (CheckboxMenuItem) item("language.en");
        SwingTree.onEdt(() -> {
            english.dispatchEvent(
                    new ItemEvent(english, ItemEvent.ITEM_STATE_CHANGED, english.getLabel(), ItemEvent.SELECTED));
            return null;
        });
        List<String> englishMenu = List.of("Module management", "Settings", "Language", "Restart", "Exit");
        assertThat(SwingTree.awaitValue("English menu", this::labelsNow, englishMenu::equals))
                .containsExactlyElementsOf(englishMenu);
        assertThat(SwingTree.onEdt(kazakh::getState)).isFalse();
        assertThat(SwingTree.onEdt(english::getState)).isTrue();
    }

    @Test
    void whenRestartChosen_thenTheRestartHandlerRuns() throws Exception {
        choose(item("restart"));
        assertThat(restarts.get()).isEqualTo(1);
    }

    @Test
    void whenExitChosen_thenTheExitHandlerGetsZero() throws Exception {
        choose(item("exit"));
        assertThat(exits).containsExactly(0);
    }
}

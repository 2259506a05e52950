package kz.qoltanba.bridge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Window;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The module manager and settings windows against an in-memory catalog, in each language. */
class ModuleManagerScenarios {
    private static final Map<Language, String> TITLES = Map.of(
            Language.KK, "Модульдерді басқару", Language.RU, "Управление модулями", Language.EN, "Module management");

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final AtomicInteger restarts = new AtomicInteger();
    private final InMemoryCatalog catalog = new InMemoryCatalog();
    private DesktopWindows windows;

    private DesktopWindows windows(LanguageSetting language) {
        windows = new DesktopWindows(
                catalog,
                language,
                background,
                restarts::incrementAndGet,
                () -> Map.of("port", "13579", "recent.keys", "5"));
        return windows;
    }

    @AfterEach
    void closeWindows() throws Exception {
        if (windows != null) {
            windows.close();
        }
        background.shutdownNow();
        SwingTree.disposeAll();
    }

    private static JTable awaitRows(Window frame, int rows) throws Exception {
        JTable table = SwingTree.find((JFrame) frame, "modules", JTable.class);
        SwingTree.await(rows + " rows", () -> table.getRowCount() == rows);
        return table;
    }

    private static void select(JTable table, int row) throws Exception {
        SwingTree.onEdt(() -> {
            table.setRowSelectionInterval(row, row);
            return null;
        });
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void whenOpened_thenTheTableShowsEveryCatalogModuleWithItsVersions(Language language) throws Exception {
        windows(new LanguageSetting(language)).showModuleManager();
        JFrame frame = (JFrame) SwingTree.awaitWindow(ModuleManagerFrame.NAME);
        assertThat(frame.getTitle()).isEqualTo(TITLES.get(language));
        JTable table = awaitRows(frame, 3);
        Texts texts = Texts.of(language);
        assertThat(SwingTree.onEdt(() -> List.of(
                        table.getColumnName(0),
                        table.getColumnName(1),
                        table.getColumnName(2),
                        table.getColumnName(3),
                        table.getColumnName(4))))
                .containsExactly(
                        texts.get("modules.column.name"),
                        texts.get("modules.column.symbolicName"),
                        texts.get("modules.column.installedVersion"),
                        texts.get("modules.column.availableVersion"),
                        texts.get("modules.column.installed"));
        assertThat(SwingTree.onEdt(() -> List.of(
                        table.getValueAt(0, 0),
                        table.getValueAt(0, 1),
                        table.getValueAt(0, 2),
                        table.getValueAt(0, 3),
                        table.getValueAt(0, 4))))
                .containsExactly(
                        Map.of(
                                        Language.KK,
                                        "Жалпы утилиталар",
                                        Language.RU,
                                        "Общие утилиты",
                                        Language.EN,
                                        "Common utilities")
                                .get(language),
                        "kz.gov.pki.knca.commonUtils",
                        "1.0.0",
                        "1.1.0",
                        texts.get("modules.yes"));
        assertThat(SwingTree.onEdt(() -> table.getValueAt(2, 2))).isEqualTo("—");
        assertThat(SwingTree.onEdt(() -> table.getValueAt(2, 4))).isEqualTo(texts.get("modules.no"));
        select(table, 0);
        assertThat(SwingTree.find(frame, "remove", JButton.class).isEnabled())
                .as("required: no remove")
                .isFalse();
        assertThat(SwingTree.find(frame, "install", JButton.class).isEnabled())
                .as("installed: no install")
                .isFalse();
        SwingTree.screenshot(frame, "modules-" + language.code());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void whenInstallClickedAndRestartAccepted_thenCatalogInstallsAndTheBridgeRestarts(Language language)
            throws Exception {
        windows(new LanguageSetting(language)).showModuleManager();
        Window frame = SwingTree.awaitWindow(ModuleManagerFrame.NAME);
        JTable table = awaitRows(frame, 3);
        select(table, 2);
        SwingTree.click((JFrame) frame, "install");
        Window restart = SwingTree.awaitWindow(RestartQuestion.NAME);
        assertThat(catalog.calls).contains("install kz.example.nursign");
        assertThat(SwingTree.onEdt(() -> table.getValueAt(2, 2))).isEqualTo("2.0.0");
        SwingTree.screenshot(restart, "restart-" + language.code());
        SwingTree.click((javax.swing.JDialog) restart, "restartNow");
        SwingTree.awaitClosed(restart);
        assertThat(restarts.get()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void whenRemoveAndUpdateClicked_thenCatalogActsAndOnlyTheUpdateAsksToRestart(Language language) throws Exception {
        windows(new LanguageSetting(language)).showModuleManager();
        JFrame frame = (JFrame) SwingTree.awaitWindow(ModuleManagerFrame.NAME);
        JTable table = awaitRows(frame, 3);
        select(table, 1);
        SwingTree.click(frame, "remove");
        SwingTree.await("basics removed", () -> "—".equals(table.getValueAt(1, 2)));
        assertThat(catalog.calls).contains("remove kz.gov.pki.knca.basics");
        assertThat(SwingTree.showing(RestartQuestion.NAME)).isEmpty();
        SwingTree.click(frame, "update");
        Window restart = SwingTree.awaitWindow(RestartQuestion.NAME);
        assertThat(catalog.calls).contains("update");
        assertThat(SwingTree.onEdt(() -> table.getValueAt(0, 2))).isEqualTo("1.1.0");
        SwingTree.click((javax.swing.JDialog) restart, "restartLater");
        SwingTree.awaitClosed(restart);
        assertThat(restarts.get()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void whenAPageInstallsAModuleWhileTheWindowIsOpen_thenTheTableShowsItWithoutAskingToRestart(Language language)
            throws Exception {
        windows(new LanguageSetting(language)).showModuleManager();
        JFrame frame = (JFrame) SwingTree.awaitWindow(ModuleManagerFrame.NAME);
        JTable table = awaitRows(frame, 3);
        assertThat(SwingTree.onEdt(() -> table.getValueAt(2, 4)))
                .isEqualTo(Texts.of(language).get("modules.no"));

        // What a page's installBundle does, on a thread of the bridge and not through the window.
        Thread page = new Thread(() -> catalog.install("kz.example.nursign"), "page-install");
        page.start();
        page.join(10_000);

        List<Object> row = SwingTree.awaitValue(
                "the page's install shown",
                () -> java.util.Arrays.asList(table.getValueAt(2, 2), table.getValueAt(2, 4)),
                now -> Texts.of(language).get("modules.yes").equals(now.get(1)));
        assertThat(row).containsExactly("2.0.0", Texts.of(language).get("modules.yes"));
        assertThat(SwingTree.showing(RestartQuestion.NAME)).isEmpty();
        windows.close();
        assertThat(catalog.listenerCount())
                .as("a closed window stops listening")
                .isZero();
        windows = null;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void whenLanguageChangedInSettings_thenOpenWindowsFollow(Language language) throws Exception {
        LanguageSetting setting = new LanguageSetting(language);
        DesktopWindows desktop = windows(setting);
        desktop.showModuleManager();
        JFrame modules = (JFrame) SwingTree.awaitWindow(ModuleManagerFrame.NAME);
        desktop.showSettings();
        JFrame settings = (JFrame) SwingTree.awaitWindow(SettingsFrame.NAME);
        JTable configuration = SwingTree.find(settings, "configuration", JTable.class);
        assertThat(SwingTree.onEdt(() -> configuration.getValueAt(0, 0))).isEqualTo("port");
        SwingTree.screenshot(settings, "settings-" + language.code());
        Language other = language == Language.RU ? Language.KK : Language.RU;
        @SuppressWarnings("unchecked")
        JComboBox<Language> languages = SwingTree.find(settings, "language", JComboBox.class);
        SwingTree.onEdt(() -> {
            languages.setSelectedItem(other);
            return null;
        });
        assertThat(setting.current()).isEqualTo(other);
        // Each window relabels itself on its own listener call: wait for both in one reading.
        List<String> titles = SwingTree.awaitValue(
                "both windows relabelled",
                () -> List.of(modules.getTitle(), settings.getTitle()),
                now -> now.equals(List.of(TITLES.get(other), Texts.of(other).get("settings.title"))));
        assertThat(titles).containsExactly(TITLES.get(other), Texts.of(other).get("settings.title"));
    }
}

package kz.qoltanba.bridge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Window;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JProgressBar;
import javax.swing.JTextArea;
import kz.qoltanba.bridge.signing.InteractionContext;
import kz.qoltanba.bridge.spi.HostProgress;
import kz.qoltanba.bridge.spi.KeyFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The windows a module opens through SPI 0.2 — its message and its progress — in Kazakh, Russian and English
 * on a real X display (run by {@link DesktopUnderXvfbIT}).
 */
class ModuleWindowScenarios {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);
    private static final String ORIGIN = "https://v3bl.goszakup.gov.kz";
    private static final long MIB = 1024L * 1024L;
    private static final Map<Language, String> CLOSE =
            Map.of(Language.KK, "Жабу", Language.RU, "Закрыть", Language.EN, "Close");

    @AfterEach
    void disposeWindows() throws Exception {
        SwingTree.disposeAll();
    }

    /** The setting says Russian: the request's locale decides the language of the window's own texts. */
    private static SwingDialogs dialogs() {
        return new SwingDialogs(new LanguageSetting(Language.RU), CLOCK);
    }

    private static InteractionContext context(Language language) {
        return new InteractionContext(ORIGIN, "socket-1", language.code(), KeyFilter.any());
    }

    private static void assertOnTopAndNotModal(Window window) {
        assertThat(window).isInstanceOf(JDialog.class);
        assertThat(window.isAlwaysOnTop()).as("always on top").isTrue();
        assertThat(((JDialog) window).isModal()).as("modal").isFalse();
    }

    /** What the progress window shows at one moment. */
    private record Shown(String step, int percent, boolean indeterminate, String amount) {}

    @ParameterizedTest
    @EnumSource(Language.class)
    void whenAModuleShowsAMessage_thenItsTitleTextAndPageAreShownAndCloseClosesIt(Language language) throws Exception {
        String text = "nursign.properties, line 4: max_file_size is not a number; the last good value stays.";

        dialogs().showMessage(context(language), "Модуль Государственные закупки РК", text);

        JDialog window = (JDialog) SwingTree.awaitWindow(MessageWindow.NAME);
        assertOnTopAndNotModal(window);
        assertThat(window.getTitle()).isEqualTo("Модуль Государственные закупки РК");
        JTextArea message = SwingTree.find(window, "message", JTextArea.class);
        assertThat(SwingTree.<String>onEdt(message::getText)).isEqualTo(text);
        assertThat(SwingTree.onEdt(message::isEditable)).isFalse();
        assertThat(SwingTree.text(window, "origin"))
                .isEqualTo(Texts.of(language).format("message.origin", ORIGIN));
        JButton close = SwingTree.find(window, "close", JButton.class);
        assertThat(SwingTree.<String>onEdt(close::getText)).isEqualTo(CLOSE.get(language));
        SwingTree.screenshot(window, "message-" + language.code());
        SwingTree.click(window, "close");
        SwingTree.awaitClosed(window);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void whenAModuleReportsProgress_thenTheWindowShowsTheLatestStepAndMibAndCloseHidesIt(Language language)
            throws Exception {
        HostProgress progress = dialogs().openProgress(context(language), "Модуль Государственные закупки РК");
        JDialog window = (JDialog) SwingTree.awaitWindow(ProgressWindow.NAME);
        assertOnTopAndNotModal(window);
        JProgressBar bar = SwingTree.find(window, "progress", JProgressBar.class);
        JLabel amount = SwingTree.find(window, "amount", JLabel.class);

        // As often as a module reading a file would: only the latest state matters.
        for (long done = 0; done <= 25 * MIB; done += 4096) {
            progress.update("Загрузка файла", done, 100 * MIB);
        }

        // «25,0 из 100,0» also shows for a value just below 25 MiB (rounded): wait for the last update itself,
        // and check the bar and the step in the same reading as the amount.
        String expected = Texts.of(language).format("progress.amount", 25.0, 100.0);
        JLabel step = SwingTree.find(window, "step", JLabel.class);
        Shown shown = SwingTree.awaitValue(
                "25 of 100 MiB shown",
                () -> new Shown(step.getText(), bar.getValue(), bar.isIndeterminate(), amount.getText()),
                now -> now.percent() == 25 && expected.equals(now.amount()));
        assertThat(shown).isEqualTo(new Shown("Загрузка файла", 25, false, expected));
        assertThat(SwingTree.text(window, "origin"))
                .isEqualTo(Texts.of(language).format("progress.origin", ORIGIN));
        SwingTree.screenshot(window, "progress-" + language.code());

        progress.update("Hashing", 3 * MIB, -1);
        String unknown = Texts.of(language).format("progress.amount.unknown", 3.0);
        SwingTree.await("an unknown total shown", () -> unknown.equals(amount.getText()) && bar.isIndeterminate());

        progress.close();
        SwingTree.awaitClosed(window);
        progress.update("after close", 1, 2);
        Thread.sleep(2L * ProgressWindow.REFRESH_MILLIS);
        assertThat(SwingTree.showing(ProgressWindow.NAME))
                .as("updates after close show nothing")
                .isEmpty();
    }
}

package kz.qoltanba.bridge.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Component;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.swing.JDialog;
import kz.qoltanba.bridge.signing.InteractionContext;
import kz.qoltanba.bridge.spi.KeyFilter;
import kz.qoltanba.bridge.spi.UserCancelledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The question before a page's {@code installBundle} installs a module, in each language on a real X display
 * (run by {@link DesktopUnderXvfbIT}): it names the page and the module; only Install agrees.
 */
class InstallQuestionScenarios {
    private static final String ORIGIN = "https://portal.example.kz";
    private static final String MODULE = "kz.example.procurement";

    @AfterEach
    void disposeWindows() throws Exception {
        SwingTree.disposeAll();
    }

    private static CompletableFuture<String> ask(Language language) {
        SwingDialogs dialogs = new SwingDialogs(new LanguageSetting(language), Clock.systemUTC());
        InteractionContext context = new InteractionContext(ORIGIN, "socket-1", language.code(), KeyFilter.any());
        CompletableFuture<String> answer = new CompletableFuture<>();
        Thread thread = new Thread(
                () -> {
                    try {
                        dialogs.confirmInstall(context, MODULE);
                        answer.complete("install");
                    } catch (Throwable e) {
                        answer.completeExceptionally(e);
                    }
                },
                "install-worker");
        thread.setDaemon(true);
        thread.start();
        return answer;
    }

    private static JDialog awaitQuestion() throws Exception {
        Window window = SwingTree.awaitWindow(InstallQuestion.NAME);
        assertThat(window).isInstanceOf(JDialog.class);
        assertThat(window.isAlwaysOnTop()).as("always on top").isTrue();
        SwingTree.await("install question focused", window::isFocused);
        return (JDialog) window;
    }

    private static void assertCancelled(CompletableFuture<String> answer) {
        assertThatThrownBy(() -> answer.get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(UserCancelledException.class);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void whenInstallClicked_thenTheQuestionNamedPageAndModuleAndAgrees(Language language) throws Exception {
        var answer = ask(language);
        JDialog dialog = awaitQuestion();
        Texts texts = Texts.of(language);
        assertThat(dialog.getTitle()).isEqualTo(texts.get("install.title"));
        assertThat(SwingTree.text(dialog, "prompt")).contains(ORIGIN).contains(MODULE);
        SwingTree.await("cancel has the focus", () -> {
            Component owner = dialog.getFocusOwner();
            return owner != null && "cancel".equals(owner.getName());
        });
        SwingTree.screenshot(dialog, "install-" + language.code());
        SwingTree.click(dialog, "install");
        assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("install");
        SwingTree.awaitClosed(dialog);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void whenCancelClickedEnterOrEscapePressed_thenCancelled(Language language) throws Exception {
        var clicked = ask(language);
        SwingTree.click(awaitQuestion(), "cancel");
        assertCancelled(clicked);

        var entered = ask(language);
        JDialog dialog = awaitQuestion();
        SwingTree.type(KeyEvent.VK_ENTER);
        assertCancelled(entered);
        SwingTree.awaitClosed(dialog);

        var escaped = ask(language);
        dialog = awaitQuestion();
        SwingTree.type(KeyEvent.VK_ESCAPE);
        assertCancelled(escaped);
        SwingTree.awaitClosed(dialog);
    }
}

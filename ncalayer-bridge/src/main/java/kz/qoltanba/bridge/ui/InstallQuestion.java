package kz.qoltanba.bridge.ui;

import java.util.concurrent.CompletionStage;
import javax.swing.JButton;

/**
 * "The page asks to install module M from the signed catalog: install?" — answers true for Install; Cancel,
 * Escape or closing the window answers false. Cancel is the default button and has the focus, so a page's
 * request is never accepted by a stray Enter.
 */
final class InstallQuestion {
    static final String NAME = "installDialog";

    private InstallQuestion() {}

    static CompletionStage<Boolean> ask(Texts texts, String origin, String symbolicName) {
        DialogWindow<Boolean> window = new DialogWindow<>(NAME, texts.get("install.title"), () -> Boolean.FALSE);
        JButton install = Swing.button("install", texts.get("install.yes"), () -> window.answer(Boolean.TRUE));
        JButton cancel = Swing.button("cancel", texts.get("install.no"), () -> window.answer(Boolean.FALSE));
        return window.show(
                Swing.label("prompt", texts.format("install.prompt", origin, symbolicName)), cancel, cancel, install);
    }
}

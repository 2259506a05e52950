package kz.qoltanba.bridge.ui;

import java.util.concurrent.CompletionStage;
import javax.swing.JButton;

/** "Modules have changed: restart now?" — answers true for "Restart now"; closing means later. */
final class RestartQuestion {
    static final String NAME = "restartDialog";

    private RestartQuestion() {}

    static CompletionStage<Boolean> ask(Texts texts) {
        DialogWindow<Boolean> window = new DialogWindow<>(NAME, texts.get("restart.title"), () -> Boolean.FALSE);
        JButton now = Swing.button("restartNow", texts.get("restart.now"), () -> window.answer(Boolean.TRUE));
        JButton later = Swing.button("restartLater", texts.get("restart.later"), () -> window.answer(Boolean.FALSE));
        return window.show(Swing.label("prompt", texts.get("restart.prompt")), now, now, later);
    }
}

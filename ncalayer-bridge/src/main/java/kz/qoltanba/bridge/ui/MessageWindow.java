package kz.qoltanba.bridge.ui;

import java.awt.BorderLayout;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;

/**
 * A module's message: a non-modal, always-on-top window naming the page it came from, the module's title and
 * text as plain text, and a Close button in the user's language. Nothing waits for it. Event thread only.
 */
final class MessageWindow {
    static final String NAME = "messageWindow";
    private static final int MAX_ROWS = 12;

    private MessageWindow() {}

    static JDialog show(Texts texts, String origin, String title, String message) {
        DialogWindow<Boolean> window = new DialogWindow<>(NAME, title, () -> Boolean.TRUE);
        JTextArea text = new JTextArea(message);
        text.setName("message");
        text.setEditable(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setColumns(48);
        text.setRows(Math.min(MAX_ROWS, Math.max(2, message.split("\n", -1).length + message.length() / 48)));
        text.setOpaque(false);
        JPanel content = new JPanel(new BorderLayout(0, 8));
        content.add(Swing.label("origin", texts.format("message.origin", origin)), BorderLayout.NORTH);
        content.add(new JScrollPane(text), BorderLayout.CENTER);
        JButton close = Swing.button("close", texts.get("message.close"), () -> window.answer(Boolean.TRUE));
        window.show(content, close, close);
        return window.dialog();
    }
}

package kz.qoltanba.bridge.ui;

import java.awt.GridLayout;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.Arrays;
import java.util.concurrent.CompletionStage;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import kz.qoltanba.bridge.signing.PasswordPrompt;

/**
 * The password of a key file or the PIN of a token. After a wrong password the same dialog comes back with
 * the reason shown in red. The answer is a fresh {@code char[]} that the caller wipes; the field is cleared.
 */
final class PasswordDialog {
    static final String NAME = "passwordDialog";

    private PasswordDialog() {}

    static CompletionStage<char[]> show(Texts texts, PasswordPrompt prompt) {
        boolean afterWrongPassword = prompt.retry();
        DialogWindow<char[]> window = DialogWindow.cancellable(NAME, texts.get("password.title"));
        JPanel content = new JPanel(new GridLayout(0, 1, 0, 6));
        content.add(Swing.label("prompt", texts.format("password.prompt", prompt.target())));
        JPasswordField field = new JPasswordField(24);
        field.setName("password");
        content.add(field);
        JLabel retry = Swing.label(
                "wrongPassword",
                afterWrongPassword ? texts.format("password.wrong", prompt.attempt(), prompt.maxAttempts()) : "");
        retry.setForeground(Swing.WARNING);
        retry.setVisible(afterWrongPassword);
        content.add(retry);
        JButton ok = Swing.button("ok", texts.get("button.ok"), () -> {
            char[] password = field.getPassword();
            field.setText("");
            window.answer(password);
        });
        JButton cancel = Swing.button("cancel", texts.get("button.cancel"), () -> {
            char[] typed = field.getPassword();
            Arrays.fill(typed, '\0');
            field.setText("");
            window.cancel();
        });
        window.dialog().addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent event) {
                field.setText("");
            }
        });
        return window.show(content, field, ok, cancel);
    }
}

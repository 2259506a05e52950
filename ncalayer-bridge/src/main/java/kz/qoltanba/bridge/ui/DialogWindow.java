package kz.qoltanba.bridge.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Frame;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import kz.qoltanba.bridge.spi.UserCancelledException;

/**
 * One question to the user: an always-on-top dialog that takes the focus and ends with exactly one answer.
 * Closing the window or pressing Escape is the same as its cancel button. Used on the event thread only.
 */
final class DialogWindow<T> {
    private final JDialog dialog;
    private final CompletableFuture<T> answer = new CompletableFuture<>();
    private final Supplier<T> cancelAnswer;

    /**
     * @param cancelAnswer the answer on cancel; when it returns null the answer fails with the cancel
     *     exception of {@link #cancelled}
     */
    DialogWindow(String name, String title, Supplier<T> cancelAnswer) {
        this.cancelAnswer = cancelAnswer;
        this.dialog = new JDialog((Frame) null, title, false);
        dialog.setName(name);
        answer.whenComplete((value, failure) -> SwingUtilities.invokeLater(dialog::dispose));
        dialog.setAlwaysOnTop(true);
        dialog.setAutoRequestFocus(true);
        dialog.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        dialog.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent event) {
                cancel();
            }
        });
        dialog.getRootPane()
                .registerKeyboardAction(
                        event -> cancel(),
                        KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                        JComponent.WHEN_IN_FOCUSED_WINDOW);
    }

    /** A dialog whose cancel fails the answer with {@link UserCancelledException}. */
    static <T> DialogWindow<T> cancellable(String name, String title) {
        return new DialogWindow<>(name, title, () -> null);
    }

    void answer(T value) {
        if (answer.complete(value)) {
            dialog.dispose();
        }
    }

    void cancel() {
        T value = cancelAnswer.get();
        boolean done =
                value != null ? answer.complete(value) : answer.completeExceptionally(cancelled(dialog.getName()));
        if (done) {
            dialog.dispose();
        }
    }

    static UserCancelledException cancelled(String dialogName) {
        return new UserCancelledException("The user cancelled the " + dialogName + " dialog");
    }

    /** Shows the dialog with {@code content} above a row of {@code buttons}; the first is the default. */
    CompletionStage<T> show(JComponent content, JComponent focus, JButton... buttons) {
        JPanel buttonRow = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        for (JButton button : buttons) {
            buttonRow.add(button);
        }
        JPanel root = Swing.padded(new JPanel(new BorderLayout(0, 12)), 14);
        root.add(content, BorderLayout.CENTER);
        root.add(buttonRow, BorderLayout.SOUTH);
        dialog.setContentPane(root);
        if (buttons.length > 0) {
            dialog.getRootPane().setDefaultButton(buttons[0]);
        }
        dialog.pack();
        dialog.setLocationRelativeTo(null);
        dialog.setVisible(true);
        dialog.toFront();
        if (focus != null) {
            focus.requestFocusInWindow();
        }
        return answer;
    }

    JDialog dialog() {
        return dialog;
    }
}

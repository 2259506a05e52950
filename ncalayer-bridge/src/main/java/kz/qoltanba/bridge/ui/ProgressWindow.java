package kz.qoltanba.bridge.ui;

import java.awt.Dimension;
import java.awt.Frame;
import java.awt.GridLayout;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.WindowConstants;
import kz.qoltanba.bridge.signing.ProgressStep;
import kz.qoltanba.bridge.spi.HostProgress;

/**
 * A module's progress: a non-modal, always-on-top window with the page, the step, a bar and the MiB done
 * (of the total when known). {@link #update} only stores the latest step, from any thread and as often as the
 * module likes; the window shows it at most every {@value #REFRESH_MILLIS} ms. {@link #close} hides it.
 */
final class ProgressWindow implements HostProgress {
    static final String NAME = "progressWindow";
    static final int REFRESH_MILLIS = 100;
    private static final double MIB = 1024.0 * 1024.0;

    private final Texts texts;
    private final String origin;
    private final String title;
    private final AtomicReference<ProgressStep> latest = new AtomicReference<>(ProgressStep.starting());
    private final AtomicBoolean closed = new AtomicBoolean();
    // Event thread only:
    private JDialog dialog;
    private Timer refresh;
    private ProgressStep shown;
    private JLabel step;
    private JProgressBar bar;
    private JLabel amount;

    private ProgressWindow(Texts texts, String origin, String title) {
        this.texts = texts;
        this.origin = origin;
        this.title = title;
    }

    /** Opens the window on the event thread; returns at once. */
    static ProgressWindow open(Texts texts, String origin, String title) {
        ProgressWindow window = new ProgressWindow(texts, origin, title);
        SwingUtilities.invokeLater(window::build);
        return window;
    }

    @Override
    public void update(String stepText, long done, long total) {
        ProgressStep next = new ProgressStep(stepText, done, total);
        if (!closed.get()) {
            latest.set(next);
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            SwingUtilities.invokeLater(this::dispose);
        }
    }

    private void build() {
        if (closed.get()) {
            return;
        }
        dialog = new JDialog((Frame) null, title, false);
        dialog.setName(NAME);
        dialog.setAlwaysOnTop(true);
        dialog.setAutoRequestFocus(false);
        dialog.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        step = Swing.label("step", " ");
        bar = new JProgressBar(0, 100);
        bar.setName("progress");
        bar.setStringPainted(true);
        amount = Swing.label("amount", " ");
        JPanel content = Swing.padded(new JPanel(new GridLayout(0, 1, 0, 6)), 14);
        content.add(Swing.label("origin", texts.format("progress.origin", origin)));
        content.add(step);
        content.add(bar);
        content.add(amount);
        content.setPreferredSize(new Dimension(460, content.getPreferredSize().height));
        dialog.setContentPane(content);
        render();
        dialog.pack();
        dialog.setLocationRelativeTo(null);
        dialog.setVisible(true);
        refresh = new Timer(REFRESH_MILLIS, event -> render());
        refresh.start();
    }

    private void render() {
        ProgressStep now = latest.get();
        if (now.equals(shown)) {
            return;
        }
        shown = now;
        step.setText(now.step().isEmpty() ? " " : now.step());
        if (now.totalKnown()) {
            bar.setIndeterminate(false);
            bar.setValue(now.percent());
            amount.setText(texts.format("progress.amount", Math.min(now.done(), now.total()) / MIB, now.total() / MIB));
        } else {
            bar.setIndeterminate(true);
            amount.setText(texts.format("progress.amount.unknown", now.done() / MIB));
        }
    }

    private void dispose() {
        if (refresh != null) {
            refresh.stop();
        }
        if (dialog != null) {
            dialog.dispose();
        }
    }

    /** The window, once the event thread has built it (tests). */
    JDialog dialog() {
        return dialog;
    }
}

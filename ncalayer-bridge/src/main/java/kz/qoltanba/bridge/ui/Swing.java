package kz.qoltanba.bridge.ui;

import java.awt.Color;
import java.awt.Font;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import javax.swing.table.DefaultTableCellRenderer;

/**
 * Small Swing building blocks used by every window. Text that comes from outside (origins, certificate
 * names, documents) is always shown with HTML rendering switched off, so a certificate or page cannot style
 * or fake the dialog with {@code <html>} markup.
 */
final class Swing {
    static final Color WARNING = new Color(0xB00020);

    private Swing() {}

    /** A label for untrusted or plain text: HTML rendering disabled. */
    static JLabel label(String name, String text) {
        JLabel label = new JLabel();
        label.putClientProperty("html.disable", Boolean.TRUE);
        label.setText(text == null ? "" : text);
        label.setName(name);
        return label;
    }

    /** A table cell renderer that never interprets HTML. */
    static DefaultTableCellRenderer plainCells() {
        DefaultTableCellRenderer renderer = new DefaultTableCellRenderer();
        renderer.putClientProperty("html.disable", Boolean.TRUE);
        return renderer;
    }

    /** Sets the preferred widths of a table's columns, left to right. */
    static void columnWidths(javax.swing.JTable table, int... widths) {
        for (int i = 0; i < widths.length && i < table.getColumnCount(); i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
    }

    static JLabel heading(String name, String text, float size) {
        JLabel label = label(name, text);
        label.setFont(label.getFont().deriveFont(Font.BOLD, size));
        return label;
    }

    static JButton button(String name, String text, Runnable action) {
        JButton button = new JButton();
        button.putClientProperty("html.disable", Boolean.TRUE);
        button.setText(text);
        button.setName(name);
        button.addActionListener(event -> action.run());
        return button;
    }

    static <C extends JComponent> C padded(C component, int pixels) {
        component.setBorder(BorderFactory.createEmptyBorder(pixels, pixels, pixels, pixels));
        return component;
    }

    /**
     * Runs {@code work} on the event thread and passes on the stage it returns. Completing the returned
     * stage from outside (e.g. a caller that gives up) completes the inner one too, which closes its dialog.
     */
    static <T> CompletionStage<T> onEventThread(Supplier<CompletionStage<T>> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable start = () -> {
            try {
                CompletableFuture<T> inner = work.get().toCompletableFuture();
                inner.whenComplete((value, failure) -> {
                    if (failure != null) {
                        result.completeExceptionally(failure);
                    } else {
                        result.complete(value);
                    }
                });
                result.whenComplete((value, failure) -> {
                    if (failure != null) {
                        inner.completeExceptionally(failure);
                    }
                });
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        };
        if (SwingUtilities.isEventDispatchThread()) {
            start.run();
        } else {
            SwingUtilities.invokeLater(start);
        }
        return result;
    }

    /** Runs {@code work} on the event thread and waits for it (for callers off the event thread). */
    static void runAndWait(Runnable work) {
        if (SwingUtilities.isEventDispatchThread()) {
            work.run();
            return;
        }
        try {
            SwingUtilities.invokeAndWait(work);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("A window action failed", e.getCause());
        }
    }
}

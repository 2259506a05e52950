package kz.qoltanba.bridge.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/**
 * The module manager window: the catalog's modules in a table, and Install, Remove, Download updates. The
 * catalog is called on the background executor; after an install or update the user is asked to restart.
 */
final class ModuleManagerFrame {
    static final String NAME = "moduleManager";

    private final ModuleCatalog catalog;
    private final Executor background;
    private final Runnable restart;
    private final JFrame frame = new JFrame();
    private final ModuleTableModel model;
    private final JTable table;
    private final JLabel status = Swing.label("status", " ");
    private final JButton install;
    private final JButton remove;
    private final JButton update;
    private final Runnable changed = () -> SwingUtilities.invokeLater(this::refreshAfterChange);
    private Texts texts;
    /** True while one of this window's own operations runs (its own refresh follows). */
    private boolean operating;

    ModuleManagerFrame(ModuleCatalog catalog, Texts texts, Executor background, Runnable restart) {
        this.catalog = catalog;
        this.background = background;
        this.restart = restart;
        this.texts = texts;
        this.model = new ModuleTableModel(texts);
        this.table = new JTable(model);
        table.setName("modules");
        table.setDefaultRenderer(Object.class, Swing.plainCells());
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.getSelectionModel().addListSelectionListener(event -> enableButtons());
        install = Swing.button("install", "", () -> onSelected(this::install));
        remove = Swing.button("remove", "", () -> onSelected(this::remove));
        update = Swing.button("update", "", this::downloadUpdates);
        frame.setName(NAME);
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(install);
        buttons.add(remove);
        buttons.add(update);
        JPanel south = new JPanel(new BorderLayout());
        south.add(status, BorderLayout.CENTER);
        south.add(buttons, BorderLayout.EAST);
        JPanel root = Swing.padded(new JPanel(new BorderLayout(0, 8)), 10);
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new Dimension(990, 260));
        root.add(scroll, BorderLayout.CENTER);
        root.add(south, BorderLayout.SOUTH);
        frame.setContentPane(root);
        relabel(texts);
        catalog.addChangeListener(changed);
    }

    /** Stops following the catalog and closes the window for good. */
    void close() {
        catalog.removeChangeListener(changed);
        frame.dispose();
    }

    /** Someone else (a page's installBundle, the command line) changed the modules: show it. */
    private void refreshAfterChange() {
        if (frame.isVisible() && !operating) {
            refresh(status.getText(), null);
        }
    }

    void relabel(Texts newTexts) {
        texts = newTexts;
        frame.setTitle(texts.get("modules.title"));
        install.setText(texts.get("modules.install"));
        remove.setText(texts.get("modules.remove"));
        update.setText(texts.get("modules.update"));
        model.relabel(texts);
        Swing.columnWidths(table, 220, 280, 180, 170, 120);
    }

    JFrame frame() {
        return frame;
    }

    void open() {
        if (!frame.isVisible()) {
            frame.pack();
            frame.setLocationRelativeTo(null);
        }
        frame.setVisible(true);
        frame.toFront();
        refresh(" ", null);
    }

    private void enableButtons() {
        int row = table.getSelectedRow();
        ModuleEntry entry = row < 0 ? null : model.row(table.convertRowIndexToModel(row));
        install.setEnabled(entry != null && entry.availableVersion() != null && !entry.installed());
        remove.setEnabled(entry != null && entry.installed() && !entry.required());
    }

    private void onSelected(Consumer<ModuleEntry> action) {
        int row = table.getSelectedRow();
        if (row >= 0) {
            action.accept(model.row(table.convertRowIndexToModel(row)));
        }
    }

    private void install(ModuleEntry entry) {
        run(() -> {
            catalog.install(entry.symbolicName());
            return true;
        });
    }

    private void remove(ModuleEntry entry) {
        if (entry.required()) {
            status.setText(texts.get("modules.required"));
            return;
        }
        run(() -> {
            catalog.remove(entry.symbolicName());
            return false;
        });
    }

    private void downloadUpdates() {
        run(() -> {
            List<String> updated = catalog.downloadUpdates();
            return !updated.isEmpty();
        });
    }

    /** An operation that answers whether a restart is needed. */
    private interface Operation {
        boolean run() throws ModuleCatalogException;
    }

    private void run(Operation operation) {
        setBusy(true);
        operating = true;
        status.setText(texts.get("modules.working"));
        background.execute(() -> {
            try {
                boolean restartNeeded = operation.run();
                SwingUtilities.invokeLater(() -> operationDone(texts.get("modules.done"), restartNeeded));
            } catch (ModuleCatalogException | RuntimeException e) {
                String message = texts.format("modules.failed", String.valueOf(e.getMessage()));
                SwingUtilities.invokeLater(() -> operationDone(message, null));
            }
        });
    }

    private void operationDone(String message, Boolean askRestart) {
        operating = false;
        refresh(message, askRestart);
    }

    private void refresh(String message, Boolean askRestart) {
        setBusy(true);
        status.setText(texts.get("modules.working"));
        background.execute(() -> {
            try {
                List<ModuleEntry> modules = catalog.modules();
                SwingUtilities.invokeLater(() -> {
                    model.show(modules);
                    finish(message, askRestart);
                });
            } catch (ModuleCatalogException | RuntimeException e) {
                String failure = texts.format("modules.failed", String.valueOf(e.getMessage()));
                SwingUtilities.invokeLater(() -> finish(failure, null));
            }
        });
    }

    private void finish(String message, Boolean askRestart) {
        status.setText(message);
        setBusy(false);
        if (Boolean.TRUE.equals(askRestart)) {
            RestartQuestion.ask(texts).thenAccept(now -> {
                if (now) {
                    restart.run();
                }
            });
        }
    }

    private void setBusy(boolean busy) {
        update.setEnabled(!busy);
        if (busy) {
            install.setEnabled(false);
            remove.setEnabled(false);
        } else {
            enableButtons();
        }
    }
}

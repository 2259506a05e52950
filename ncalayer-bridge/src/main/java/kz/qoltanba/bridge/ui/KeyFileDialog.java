package kz.qoltanba.bridge.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionStage;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import javax.swing.filechooser.FileNameExtensionFilter;

/**
 * Choosing a file: the recently used key files first (a list), and a file browser below for any other.
 * Choosing in one clears the other, so "OK" always means exactly one visible choice.
 */
final class KeyFileDialog {
    static final String NAME = "keyFileDialog";

    private KeyFileDialog() {}

    /**
     * @param extensions file name extensions to show (e.g. {@code p12}, {@code pfx}); empty for every file
     */
    static CompletionStage<Path> show(
            Texts texts, String title, List<Path> recent, List<String> extensions, Path start) {
        DialogWindow<Path> window = DialogWindow.cancellable(NAME, title);
        DefaultListModel<Path> model = new DefaultListModel<>();
        recent.forEach(model::addElement);
        JList<Path> recentList = new JList<>(model);
        recentList.setName("recentKeys");
        DefaultListCellRenderer plainCells = new DefaultListCellRenderer();
        plainCells.putClientProperty("html.disable", Boolean.TRUE);
        recentList.setCellRenderer(plainCells);
        recentList.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        recentList.setVisibleRowCount(Math.max(2, Math.min(recent.size(), 6)));
        if (!recent.isEmpty()) {
            recentList.setSelectedIndex(0);
        }

        FileChooserTexts.install(texts);
        JFileChooser chooser = new JFileChooser(start == null ? null : start.toFile());
        chooser.setName("fileChooser");
        chooser.setControlButtonsAreShown(false);
        chooser.setLocale(texts.language().locale());
        if (!extensions.isEmpty()) {
            String[] lower =
                    extensions.stream().map(e -> e.toLowerCase(Locale.ROOT)).toArray(String[]::new);
            chooser.setFileFilter(new FileNameExtensionFilter("*." + String.join(", *.", lower), lower));
        }
        chooser.addPropertyChangeListener(JFileChooser.SELECTED_FILE_CHANGED_PROPERTY, event -> {
            if (event.getNewValue() != null) {
                recentList.clearSelection();
            }
        });
        recentList.addListSelectionListener(event -> {
            if (!recentList.isSelectionEmpty()) {
                chooser.setSelectedFile(null);
            }
        });

        Runnable choose = () -> {
            File file = chooser.getSelectedFile();
            if (file != null && file.isFile()) {
                window.answer(file.toPath());
            } else if (!recentList.isSelectionEmpty()) {
                window.answer(recentList.getSelectedValue());
            }
        };
        recentList.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent event) {
                if (event.getClickCount() == 2 && !recentList.isSelectionEmpty()) {
                    choose.run();
                }
            }
        });
        chooser.addActionListener(event -> {
            if (JFileChooser.APPROVE_SELECTION.equals(event.getActionCommand())) {
                choose.run();
            }
        });

        JPanel top = new JPanel(new BorderLayout(0, 4));
        top.add(
                Swing.heading("recentTitle", texts.get(recent.isEmpty() ? "file.none" : "file.recent"), 13f),
                BorderLayout.NORTH);
        if (!recent.isEmpty()) {
            top.add(new JScrollPane(recentList), BorderLayout.CENTER);
        }
        JPanel content = new JPanel(new BorderLayout(0, 10));
        content.add(top, BorderLayout.NORTH);
        chooser.setPreferredSize(new Dimension(620, 340));
        content.add(chooser, BorderLayout.CENTER);
        JButton ok = Swing.button("ok", texts.get("button.ok"), choose);
        JButton cancel = Swing.button("cancel", texts.get("button.cancel"), window::cancel);
        return window.show(content, recent.isEmpty() ? chooser : recentList, ok, cancel);
    }
}

package kz.qoltanba.bridge.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.WindowConstants;
import javax.swing.table.DefaultTableModel;

/**
 * The settings window: the language (applied at once) and the effective configuration, read-only — the
 * configuration is changed in {@code bridge.properties} or on the command line, as the README explains.
 */
final class SettingsFrame {
    static final String NAME = "settings";

    private final JFrame frame = new JFrame();
    private final JComboBox<Language> languages = new JComboBox<>(Language.values());
    private final JLabel languageCaption = Swing.label("languageCaption", "");
    private final JButton close;
    private final DefaultTableModel configuration = new DefaultTableModel(0, 2) {
        @Override
        public boolean isCellEditable(int row, int column) {
            return false;
        }
    };
    private final JPanel configurationPanel = new JPanel(new BorderLayout());

    SettingsFrame(LanguageSetting language) {
        frame.setName(NAME);
        frame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        languages.setName("language");
        languages.setSelectedItem(language.current());
        languages.setRenderer((list, value, index, selected, focused) -> {
            JLabel label = Swing.label(null, value == null ? "" : value.nativeName());
            label.setOpaque(true);
            label.setBackground(selected ? list.getSelectionBackground() : list.getBackground());
            return label;
        });
        languages.addActionListener(event -> {
            Language chosen = (Language) languages.getSelectedItem();
            if (chosen != null) {
                language.change(chosen);
            }
        });
        close = Swing.button("close", "", () -> frame.setVisible(false));
        JTable table = new JTable(configuration);
        table.setName("configuration");
        table.setDefaultRenderer(Object.class, Swing.plainCells());
        table.setTableHeader(null);
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new Dimension(560, 220));
        configurationPanel.add(scroll, BorderLayout.CENTER);
        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT));
        top.add(languageCaption);
        top.add(languages);
        JPanel bottom = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        bottom.add(close);
        JPanel root = Swing.padded(new JPanel(new BorderLayout(0, 8)), 10);
        root.add(top, BorderLayout.NORTH);
        root.add(configurationPanel, BorderLayout.CENTER);
        root.add(bottom, BorderLayout.SOUTH);
        frame.setContentPane(root);
    }

    void relabel(Texts texts) {
        frame.setTitle(texts.get("settings.title"));
        languageCaption.setText(texts.get("settings.language") + ":");
        configurationPanel.setBorder(javax.swing.BorderFactory.createTitledBorder(texts.get("settings.configuration")));
        close.setText(texts.get("settings.close"));
        if (languages.getSelectedItem() != texts.language()) {
            languages.setSelectedItem(texts.language());
        }
    }

    void open(Map<String, String> effectiveConfiguration) {
        configuration.setRowCount(0);
        effectiveConfiguration.forEach((key, value) -> configuration.addRow(new Object[] {key, value}));
        frame.pack();
        if (!frame.isVisible()) {
            frame.setLocationRelativeTo(null);
        }
        frame.setVisible(true);
        frame.toFront();
    }

    JFrame frame() {
        return frame;
    }
}

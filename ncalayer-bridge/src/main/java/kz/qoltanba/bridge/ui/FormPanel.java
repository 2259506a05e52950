package kz.qoltanba.bridge.ui;

import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;

/** A titled two-column panel of "caption: value" rows; values are plain (non-HTML) labels with names. */
final class FormPanel {
    private final JPanel panel = new JPanel(new GridBagLayout());
    private int row;

    FormPanel(String title) {
        panel.setBorder(BorderFactory.createTitledBorder(title));
    }

    JLabel add(String caption, String name, String value) {
        JLabel label = Swing.label(name, value);
        label.setFont(label.getFont().deriveFont(Font.BOLD));
        add(caption, label);
        return label;
    }

    void add(String caption, JComponent value) {
        GridBagConstraints left = new GridBagConstraints();
        left.gridx = 0;
        left.gridy = row;
        left.anchor = GridBagConstraints.FIRST_LINE_START;
        left.insets = new Insets(2, 4, 2, 12);
        panel.add(Swing.label(null, caption + ":"), left);
        GridBagConstraints right = new GridBagConstraints();
        right.gridx = 1;
        right.gridy = row;
        right.weightx = 1;
        right.fill = GridBagConstraints.HORIZONTAL;
        right.anchor = GridBagConstraints.FIRST_LINE_START;
        right.insets = new Insets(2, 0, 2, 4);
        panel.add(value, right);
        row++;
    }

    JPanel panel() {
        return panel;
    }
}

package kz.qoltanba.bridge.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import javax.swing.BoxLayout;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import kz.qoltanba.signing.token.StorageType;

/** Where the key is: a key file or one of the present tokens. */
final class StorageDialog {
    static final String NAME = "storageDialog";

    private StorageDialog() {}

    static CompletionStage<StorageType> show(Texts texts, List<StorageType> options) {
        DialogWindow<StorageType> window = DialogWindow.cancellable(NAME, texts.get("storage.title"));
        JPanel content = new JPanel();
        content.setLayout(new BoxLayout(content, BoxLayout.Y_AXIS));
        content.add(Swing.heading("prompt", texts.get("storage.prompt"), 15f));
        ButtonGroup group = new ButtonGroup();
        List<JRadioButton> choices = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            StorageType option = options.get(i);
            JRadioButton choice = new JRadioButton();
            choice.putClientProperty("html.disable", Boolean.TRUE);
            choice.setText(texts.get("storage." + option.name()));
            choice.setSelected(i == 0);
            choice.setName("storage." + option.name());
            group.add(choice);
            choices.add(choice);
            content.add(choice);
        }
        JButton next = Swing.button("ok", texts.get("button.next"), () -> {
            for (int i = 0; i < choices.size(); i++) {
                if (choices.get(i).isSelected()) {
                    window.answer(options.get(i));
                }
            }
        });
        next.setEnabled(!options.isEmpty());
        JButton cancel = Swing.button("cancel", texts.get("button.cancel"), window::cancel);
        return window.show(content, choices.isEmpty() ? cancel : choices.get(0), next, cancel);
    }
}

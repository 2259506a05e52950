package kz.qoltanba.bridge.ui;

import java.awt.GridLayout;
import java.util.concurrent.CompletionStage;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import kz.qoltanba.bridge.origin.Consent;
import kz.qoltanba.bridge.origin.Origin;

/** May this page use the bridge? Closing the dialog denies. "Deny" is the default button. */
final class ConsentDialog {
    static final String NAME = "consentDialog";

    private ConsentDialog() {}

    static CompletionStage<Consent> show(Texts texts, Origin origin) {
        DialogWindow<Consent> window = new DialogWindow<>(NAME, texts.get("consent.title"), () -> Consent.DENY);
        JPanel content = new JPanel(new GridLayout(0, 1, 0, 8));
        content.add(Swing.label("prompt", texts.get("consent.prompt")));
        content.add(Swing.heading("origin", origin.toString(), 20f));
        JLabel warning = Swing.label("warning", texts.get("consent.warning"));
        warning.setForeground(Swing.WARNING);
        content.add(warning);
        JButton deny = Swing.button("deny", texts.get("consent.deny"), () -> window.answer(Consent.DENY));
        JButton once = Swing.button("allowOnce", texts.get("consent.once"), () -> window.answer(Consent.ALLOW_ONCE));
        JButton always =
                Swing.button("allowAlways", texts.get("consent.always"), () -> window.answer(Consent.ALLOW_ALWAYS));
        return window.show(content, deny, deny, once, always);
    }
}

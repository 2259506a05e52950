package kz.qoltanba.bridge.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletionStage;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import kz.qoltanba.bridge.signing.Confirmation;

/**
 * The last question before signing. The verified origin is the largest text of the dialog; below it what is
 * signed (format, count, size, XML preview) and who signs (name, IIN, BIN, organisation, validity).
 */
final class ConfirmationDialog {
    static final String NAME = "confirmationDialog";

    private ConfirmationDialog() {}

    static CompletionStage<Boolean> show(Texts texts, Confirmation confirmation, Instant now, ZoneId zone) {
        SignerSummary signer = SignerSummary.of(confirmation.signer().info());
        DialogWindow<Boolean> window = DialogWindow.cancellable(NAME, texts.get("confirm.title"));
        JPanel content = new JPanel();
        content.setLayout(new BoxLayout(content, BoxLayout.Y_AXIS));
        content.add(originBox(texts, confirmation.origin(), confirmation.logo()));
        content.add(whatIsSigned(texts, confirmation));
        content.add(whoSigns(texts, signer, now, zone));
        for (java.awt.Component part : content.getComponents()) {
            ((javax.swing.JComponent) part).setAlignmentX(0f);
        }
        JButton sign = Swing.button("ok", texts.get("confirm.sign"), () -> window.answer(Boolean.TRUE));
        JButton cancel = Swing.button("cancel", texts.get("button.cancel"), window::cancel);
        return window.show(content, sign, sign, cancel);
    }

    private static JPanel originBox(Texts texts, String origin, byte[] logo) {
        JPanel box = new JPanel(new BorderLayout(0, 4));
        box.setBackground(new Color(0xFFF4D6));
        box.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createLineBorder(new Color(0xC98A00), 2), BorderFactory.createEmptyBorder(8, 10, 8, 10)));
        box.add(Swing.label("originCaption", texts.get("confirm.origin")), BorderLayout.NORTH);
        JLabel originLabel = Swing.heading("origin", origin, 20f);
        box.add(originLabel, BorderLayout.CENTER);
        PageLogo.icon(logo).ifPresent(icon -> {
            JLabel label = new JLabel(icon);
            label.setName("logo");
            box.add(label, BorderLayout.WEST);
        });
        return box;
    }

    private static JPanel whatIsSigned(Texts texts, Confirmation confirmation) {
        FormPanel form = new FormPanel(texts.get("confirm.what"));
        form.add(
                texts.get("confirm.format"),
                "format",
                texts.get("format." + confirmation.format().name()));
        form.add(texts.get("confirm.count"), "documentCount", String.valueOf(confirmation.documentCount()));
        String size = NumberFormat.getIntegerInstance(texts.language().locale()).format(confirmation.totalBytes());
        form.add(texts.get("confirm.size"), "size", texts.format("confirm.size.value", size));
        form.add(
                texts.get("confirm.timestamp"),
                "timestamp",
                texts.get(confirmation.timestamp() ? "modules.yes" : "modules.no"));
        if (confirmation.xmlPreview() != null) {
            JTextArea preview = new JTextArea(confirmation.xmlPreview(), 8, 60);
            preview.setName("xmlPreview");
            preview.setEditable(false);
            preview.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 12));
            preview.setCaretPosition(0);
            JScrollPane scroll = new JScrollPane(preview);
            scroll.setPreferredSize(new Dimension(620, 150));
            form.add(texts.get("confirm.preview"), scroll);
        }
        return form.panel();
    }

    private static JPanel whoSigns(Texts texts, SignerSummary signer, Instant now, ZoneId zone) {
        FormPanel form = new FormPanel(texts.get("confirm.who"));
        form.add(texts.get("signer.name"), "signer.name", signer.name());
        form.add(texts.get("signer.iin"), "signer.iin", texts.orNone(signer.iin()));
        form.add(texts.get("signer.bin"), "signer.bin", texts.orNone(signer.bin()));
        form.add(texts.get("signer.organization"), "signer.organization", texts.orNone(signer.organization()));
        String validity = texts.validity(signer.notBefore(), signer.notAfter(), zone);
        if (!signer.isValidAt(now)) {
            validity = validity + " " + texts.get("signer.notValidNow");
        }
        JLabel validityLabel = form.add(texts.get("signer.validity"), "signer.validity", validity);
        if (!signer.isValidAt(now)) {
            validityLabel.setForeground(Swing.WARNING);
        }
        form.add(texts.get("signer.issuer"), "signer.issuer", texts.orNone(signer.issuer()));
        return form.panel();
    }
}

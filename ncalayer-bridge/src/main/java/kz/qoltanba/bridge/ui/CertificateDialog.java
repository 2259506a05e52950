package kz.qoltanba.bridge.ui;

import java.awt.Dimension;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletionStage;
import javax.swing.JButton;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableModel;

/** The certificates that pass the request's filters; the answer is the index of the chosen one. */
final class CertificateDialog {
    static final String NAME = "certificateDialog";
    private static final String[] COLUMNS = {
        "signer.name", "signer.iin", "signer.bin", "signer.organization", "signer.validity", "signer.issuer"
    };

    private CertificateDialog() {}

    static CompletionStage<Integer> show(Texts texts, List<SignerSummary> candidates, ZoneId zone) {
        DialogWindow<Integer> window = DialogWindow.cancellable(NAME, texts.get("certs.title"));
        String[] headers = new String[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            headers[i] = texts.get(COLUMNS[i]);
        }
        DefaultTableModel model = new DefaultTableModel(headers, 0) {
            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
        for (SignerSummary signer : candidates) {
            model.addRow(new Object[] {
                signer.name(),
                texts.orNone(signer.iin()),
                texts.orNone(signer.bin()),
                texts.orNone(signer.organization()),
                texts.validity(signer.notBefore(), signer.notAfter(), zone),
                texts.orNone(signer.issuer())
            });
        }
        JTable table = new JTable(model);
        table.setName("certificates");
        table.setDefaultRenderer(Object.class, Swing.plainCells());
        table.getTableHeader().setReorderingAllowed(false);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setRowHeight(table.getRowHeight() + 6);
        if (!candidates.isEmpty()) {
            table.setRowSelectionInterval(0, 0);
        }
        Swing.columnWidths(table, 270, 110, 110, 200, 190, 240);
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new Dimension(1120, Math.min(80 + 28 * candidates.size(), 320)));
        JButton ok = Swing.button("ok", texts.get("button.ok"), () -> {
            int row = table.getSelectedRow();
            if (row >= 0) {
                window.answer(table.convertRowIndexToModel(row));
            }
        });
        JButton cancel = Swing.button("cancel", texts.get("button.cancel"), window::cancel);
        return window.show(scroll, table, ok, cancel);
    }
}

package kz.qoltanba.bridge.ui;

import java.util.List;
import javax.swing.table.AbstractTableModel;

/** The module manager's rows: name, symbolic name, installed version, available version, installed Yes/No. */
final class ModuleTableModel extends AbstractTableModel {
    private static final long serialVersionUID = 1L;
    private static final String[] COLUMNS = {
        "modules.column.name",
        "modules.column.symbolicName",
        "modules.column.installedVersion",
        "modules.column.availableVersion",
        "modules.column.installed"
    };

    private transient Texts texts;
    private transient List<ModuleEntry> rows = List.of();

    ModuleTableModel(Texts texts) {
        this.texts = texts;
    }

    void show(List<ModuleEntry> modules) {
        rows = List.copyOf(modules);
        fireTableDataChanged();
    }

    void relabel(Texts newTexts) {
        texts = newTexts;
        fireTableStructureChanged();
    }

    ModuleEntry row(int index) {
        return rows.get(index);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return texts.get(COLUMNS[column]);
    }

    @Override
    public Object getValueAt(int rowIndex, int column) {
        ModuleEntry entry = rows.get(rowIndex);
        return switch (column) {
            case 0 -> entry.name(texts.language());
            case 1 -> entry.symbolicName();
            case 2 -> texts.orNone(entry.installedVersion());
            case 3 -> texts.orNone(entry.availableVersion());
            default -> texts.get(entry.installed() ? "modules.yes" : "modules.no");
        };
    }
}

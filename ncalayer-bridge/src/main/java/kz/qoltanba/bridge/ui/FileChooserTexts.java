package kz.qoltanba.bridge.ui;

import javax.swing.UIManager;

/**
 * The JDK's file chooser has no Kazakh or Russian texts; its look and feel reads them from the UI defaults
 * when a chooser is built. Choosers are built on the event thread only, so setting the texts of the
 * dialog's language just before building one gives each chooser its own language.
 */
final class FileChooserTexts {
    private static final String[][] KEYS = {
        {"FileChooser.lookInLabelText", "chooser.lookIn"},
        {"FileChooser.fileNameLabelText", "chooser.fileName"},
        {"FileChooser.filesOfTypeLabelText", "chooser.filesOfType"},
        {"FileChooser.acceptAllFileFilterText", "chooser.allFiles"},
        {"FileChooser.upFolderToolTipText", "chooser.upFolder"},
        {"FileChooser.homeFolderToolTipText", "chooser.homeFolder"},
        {"FileChooser.newFolderToolTipText", "chooser.newFolder"},
        {"FileChooser.listViewButtonToolTipText", "chooser.list"},
        {"FileChooser.detailsViewButtonToolTipText", "chooser.details"},
        {"FileChooser.fileNameHeaderText", "chooser.name"},
        {"FileChooser.fileSizeHeaderText", "chooser.size"},
        {"FileChooser.fileDateHeaderText", "chooser.modified"}
    };

    private FileChooserTexts() {}

    static void install(Texts texts) {
        for (String[] key : KEYS) {
            UIManager.put(key[0], texts.get(key[1]));
        }
    }
}

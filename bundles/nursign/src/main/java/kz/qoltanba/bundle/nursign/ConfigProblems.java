package kz.qoltanba.bundle.nursign;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import kz.qoltanba.bridge.spi.HostDialogs;
import kz.qoltanba.bundle.nursign.config.ConfigProblem;

/**
 * Problems found in {@code nursign.properties} (each names the key and the line). They are logged when found
 * and shown to the user through the host's message window with the next request, which knows the page and
 * the socket to show them for.
 */
final class ConfigProblems {
    private static final System.Logger LOG = System.getLogger(ConfigProblems.class.getName());
    private static final String TITLE_RU = "Настройки модуля Государственные закупки РК";
    private static final String TITLE_KK = "ҚР Мемлекеттік сатып алу модулінің баптаулары";

    private final List<String> pending = new ArrayList<>();

    /** Called by the configuration when a read of the file finds bad values. */
    synchronized void report(List<ConfigProblem> found) {
        for (ConfigProblem problem : found) {
            LOG.log(Level.WARNING, "nursign.properties: {0}", problem);
            pending.add(problem.toString());
        }
    }

    /** Shows what was found since the last request, in the module's language. */
    void showPending(HostDialogs dialogs, Call call) {
        List<String> found;
        synchronized (this) {
            if (pending.isEmpty() || dialogs == null) {
                return;
            }
            found = List.copyOf(pending);
            pending.clear();
        }
        String lang = "kk".equals(call.lang()) ? "kk" : "ru";
        dialogs.showMessage(
                call.origin(),
                call.connectionId(),
                lang,
                "kk".equals(lang) ? TITLE_KK : TITLE_RU,
                String.join("\n", found));
    }
}

package kz.qoltanba.bridge.unattended;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.qoltanba.bridge.signing.InteractionContext;
import kz.qoltanba.bridge.signing.ProgressStep;
import kz.qoltanba.bridge.spi.HostProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A module's progress in unattended mode: written to the log and to the answer log at the start, each time
 * another quarter is done (25, 50, 75, 100 %), and at the end; the updates between are only checked.
 */
final class UnattendedProgress implements HostProgress {
    private static final Logger LOG = LoggerFactory.getLogger(UnattendedProgress.class);

    private final AnswerLog log;
    private final String origin;
    private final String title;
    private ProgressStep last = ProgressStep.starting();
    private int loggedQuarters;
    private boolean closed;

    UnattendedProgress(AnswerLog log, InteractionContext context, String title) {
        this.log = log;
        this.origin = context.origin();
        this.title = title;
        record("start", last);
    }

    @Override
    public synchronized void update(String step, long done, long total) {
        ProgressStep now = new ProgressStep(step, done, total);
        if (closed) {
            return;
        }
        last = now;
        int quarters = now.totalKnown() ? now.percent() / 25 : 0;
        if (quarters > loggedQuarters) {
            loggedQuarters = quarters;
            record(quarters * 25 + "%", now);
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            record("end", last);
        }
    }

    private void record(String phase, ProgressStep step) {
        LOG.info(
                "UNATTENDED MODE: progress '{}' for {}: {} {} ({} of {})",
                title,
                origin,
                phase,
                step.step(),
                step.done(),
                step.total());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("title", title);
        details.put("phase", phase);
        details.put("step", step.step());
        details.put("done", step.done());
        details.put("total", step.total());
        details.put("percent", step.percent());
        log.addShown(origin, AnswerLog.PROGRESS, details);
    }
}

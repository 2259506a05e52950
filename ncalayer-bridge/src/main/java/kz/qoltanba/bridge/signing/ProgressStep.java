package kz.qoltanba.bridge.signing;

/**
 * One report of a module's long operation, checked once: {@code done} is never negative and {@code total} is
 * a count or {@link #UNKNOWN}. A {@code done} beyond {@code total} is shown as complete.
 *
 * @param step what is being done, in the module's language
 * @param done bytes (or items) done so far
 * @param total the total, or {@link #UNKNOWN}
 */
public record ProgressStep(String step, long done, long total) {
    /** The total of an operation whose size is not known. */
    public static final long UNKNOWN = -1;

    public ProgressStep {
        step = step == null ? "" : step;
        if (done < 0) {
            throw new IllegalArgumentException("progress: done must not be negative, was " + done);
        }
        if (total < UNKNOWN) {
            throw new IllegalArgumentException("progress: total must be -1 (unknown) or a count, was " + total);
        }
    }

    /** Nothing done yet, size unknown. */
    public static ProgressStep starting() {
        return new ProgressStep("", 0, UNKNOWN);
    }

    public boolean totalKnown() {
        return total != UNKNOWN;
    }

    /** Percent done (0 … 100), or -1 when the total is unknown. A zero total counts as complete. */
    public int percent() {
        if (!totalKnown()) {
            return -1;
        }
        if (total == 0 || done >= total) {
            return 100;
        }
        return (int) (done * 100 / total);
    }
}

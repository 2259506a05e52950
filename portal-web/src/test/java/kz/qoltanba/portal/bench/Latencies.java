package kz.qoltanba.portal.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Durations in nanoseconds, with the percentiles the report prints (nearest rank). */
final class Latencies {
    private final List<Long> sorted;

    Latencies(List<Long> nanos) {
        this.sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
    }

    int count() {
        return sorted.size();
    }

    long totalNanos() {
        return sorted.stream().mapToLong(Long::longValue).sum();
    }

    /** @param p between 0 and 100 */
    double percentileMillis(double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }
}

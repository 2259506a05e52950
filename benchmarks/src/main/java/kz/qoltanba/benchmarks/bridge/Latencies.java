package kz.qoltanba.benchmarks.bridge;

import java.util.Arrays;

/** Per-call latencies of one run and its wall time: throughput and percentiles. */
record Latencies(long[] nanos, long wallNanos) {
    Latencies {
        nanos = nanos.clone();
        Arrays.sort(nanos);
    }

    int count() {
        return nanos.length;
    }

    double throughputPerSecond() {
        return nanos.length / (wallNanos / 1e9);
    }

    /** The nearest-rank percentile in milliseconds. */
    double percentileMillis(double percentile) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * nanos.length);
        return nanos[Math.max(0, rank - 1)] / 1e6;
    }

    String describe() {
        return String.format(
                "%d calls in %.2f s: %.1f/s, p50 %.2f ms, p99 %.2f ms, max %.2f ms",
                count(),
                wallNanos / 1e9,
                throughputPerSecond(),
                percentileMillis(50),
                percentileMillis(99),
                percentileMillis(100));
    }
}

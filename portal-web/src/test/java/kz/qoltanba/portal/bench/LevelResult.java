package kz.qoltanba.portal.bench;

/** One concurrency level: the signed path and its two baselines, as one line of the report. */
record LevelResult(
        int users,
        Users.Run signed,
        long completeCallNanos,
        long verifyNanos,
        long revocationFetches,
        Users.Run unsigned,
        Users.Run verifyAlone) {

    static final String HEADER =
            "users | completions | completions/s | transaction p50/p95 ms | verification share of complete() / of transaction"
                    + " | OCSP/CRL fetches | baseline transition only /s, p50 ms | baseline verification alone /s, p50 ms"
                    + " | signed/s ÷ verification-alone/s";

    /** The share of the time inside {@code SigningPipeline.complete} spent in signing-core's verifier. */
    double verificationShareOfComplete() {
        return (double) verifyNanos / completeCallNanos;
    }

    /** The same against the whole completing transaction (waiting for a pooled connection and commit included). */
    double verificationShareOfTransaction() {
        return (double) verifyNanos / signed.latencies().totalNanos();
    }

    String line() {
        Latencies complete = signed.latencies();
        return String.format(
                "%5d | %11d | %13.1f | %8.1f / %-8.1f | %3.0f%% / %3.0f%% | %16d | %20.1f, %.1f | %21.1f, %.1f | %.2f",
                users,
                complete.count(),
                signed.perSecond(),
                complete.percentileMillis(50),
                complete.percentileMillis(95),
                100 * verificationShareOfComplete(),
                100 * verificationShareOfTransaction(),
                revocationFetches,
                unsigned.perSecond(),
                unsigned.latencies().percentileMillis(50),
                verifyAlone.perSecond(),
                verifyAlone.latencies().percentileMillis(50),
                signed.perSecond() / verifyAlone.perSecond());
    }
}

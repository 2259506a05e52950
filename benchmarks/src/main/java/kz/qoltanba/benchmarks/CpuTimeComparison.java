package kz.qoltanba.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The same comparisons as the JMH benchmarks, counted in operations per second of the measuring thread's
 * own CPU time rather than of wall time. A loaded, shared machine steals wall time unevenly; it steals
 * much less CPU time from a thread that is running. Work done on other threads (garbage collection, JIT
 * compilation) is not counted, so these figures are an upper bound for one idle core; they complement the
 * JMH results and do not replace them.
 *
 * <p>Usage: {@code java -cp benchmarks.jar kz.qoltanba.benchmarks.CpuTimeComparison [rounds]}
 */
public final class CpuTimeComparison {
    private static final long WARM_UP_NANOS = 2_000_000_000L;
    private static final long SLICE_NANOS = 500_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTimeComparison() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Map<String, Callable<Object>> operations = new LinkedHashMap<>();
        for (String algorithm : new String[] {"RSA", "GOST2015_512"}) {
            CmsBenchmark cms = new CmsBenchmark();
            cms.algorithm = algorithm;
            cms.setUp();
            operations.put("cms sign " + algorithm + ": raw", cms::rawSign);
            operations.put("cms sign " + algorithm + ": ours", cms::cmsSign);
            operations.put("cms verify " + algorithm + ": raw", cms::rawVerify);
            operations.put("cms verify " + algorithm + ": raw, key decoded per call", cms::rawVerifyDecodingKey);
            operations.put("cms verify " + algorithm + ": ours", cms::cmsVerify);
        }
        XmlBenchmark xml = new XmlBenchmark();
        xml.setUp();
        operations.put("xml sign: santuario", xml::santuarioSign);
        operations.put("xml sign: ours", xml::ourSign);
        operations.put("xml verify: santuario", xml::santuarioVerify);
        operations.put("xml verify: ours", xml::ourVerify);
        List<VerificationBenchmark> verifications = new ArrayList<>();
        for (String revocation : new String[] {"SUPPLIED_CRL", "CACHED_OCSP"}) {
            VerificationBenchmark verification = new VerificationBenchmark();
            verification.revocation = revocation;
            verification.setUp();
            verifications.add(verification);
            operations.put("full verification RSA, " + revocation + ": ours", verification::verify);
        }
        for (Callable<Object> operation : operations.values()) {
            run(operation, WARM_UP_NANOS);
        }
        Map<String, long[]> totals = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, Callable<Object>> entry : operations.entrySet()) {
                long[] slice = run(entry.getValue(), SLICE_NANOS);
                long[] total = totals.computeIfAbsent(entry.getKey(), key -> new long[2]);
                total[0] += slice[0];
                total[1] += slice[1];
            }
        }
        Map<String, Double> rates = new LinkedHashMap<>();
        totals.forEach((name, total) -> rates.put(name, total[0] * 1e9 / total[1]));
        rates.forEach((name, rate) -> {
            String prefix = name.substring(0, name.lastIndexOf(':'));
            String baseline = rates.keySet().stream()
                    .filter(other -> other.startsWith(prefix + ":") && !other.equals(name))
                    .findFirst()
                    .orElse(null);
            String ratio = name.endsWith(": ours") && baseline != null
                    ? String.format(
                            Locale.ROOT,
                            "  ratio ours/%s %.3f",
                            baseline.substring(prefix.length() + 2),
                            rate / rates.get(baseline))
                    : "";
            System.out.printf(Locale.ROOT, "%-48s %10.1f ops per CPU-second%s%n", name, rate, ratio);
        });
        verifications.forEach(VerificationBenchmark::tearDown);
    }

    /** Runs until {@code cpuNanos} of this thread's CPU time are spent; returns {operations, CPU nanos}. */
    private static long[] run(Callable<Object> operation, long cpuNanos) throws Exception {
        long start = THREADS.getCurrentThreadCpuTime();
        long operations = 0;
        long spent;
        int sink = 0;
        do {
            sink += operation.call().hashCode();
            operations++;
            spent = THREADS.getCurrentThreadCpuTime() - start;
        } while (spent < cpuNanos);
        if (sink == 42) {
            System.out.print("");
        }
        return new long[] {operations, spent};
    }
}

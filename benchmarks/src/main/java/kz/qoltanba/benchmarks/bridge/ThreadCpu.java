package kz.qoltanba.benchmarks.bridge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CPU time of another process per thread, read from Linux's {@code /proc/PID/task/TID/stat} (user + system
 * clock ticks, thread names as the JVM gives them to the OS, at most 15 characters). Empty elsewhere. Used
 * to say where the bridge's CPU goes over the measured round: compiler, garbage collector, Jetty, modules.
 */
final class ThreadCpu {
    /** Linux reports thread times in clock ticks of 1/100 s on every common configuration. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private record Task(String name, long ticks) {}

    private final Map<String, Task> threads;

    private ThreadCpu(Map<String, Task> threads) {
        this.threads = threads;
    }

    static ThreadCpu of(long pid) {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        Map<String, Task> threads = new HashMap<>();
        try (Stream<Path> listing = Files.list(tasks)) {
            for (Path task : listing.toList()) {
                read(task).ifPresent(thread -> threads.put(task.getFileName().toString(), thread));
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process is gone: no breakdown
        }
        return new ThreadCpu(threads);
    }

    private static Optional<Task> read(Path task) {
        try {
            String stat = Files.readString(task.resolve("stat"), StandardCharsets.US_ASCII);
            int open = stat.indexOf('(');
            int close = stat.lastIndexOf(')');
            String[] fields = stat.substring(close + 2).split(" ");
            // after the name: state(0) ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime(11)
            // stime(12)
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return Optional.of(new Task(stat.substring(open + 1, close), ticks));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * CPU used since {@code before}, in milliseconds per signature, by thread group (names without their
     * trailing numbers), largest first; threads that ended in between are not counted.
     */
    String describeSince(ThreadCpu before, int signatures) {
        Map<String, Long> byGroup = new TreeMap<>();
        threads.forEach((tid, now) -> {
            Task earlier = before.threads.get(tid);
            long used = now.ticks() - (earlier == null ? 0 : earlier.ticks());
            byGroup.merge(group(now.name()), used, Long::sum);
        });
        return byGroup.entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(entry ->
                        String.format("%s %.2f", entry.getKey(), entry.getValue() * NANOS_PER_TICK / 1e6 / signatures))
                .collect(Collectors.joining(", "));
    }

    private static String group(String name) {
        return name.replaceAll("[-#0-9]+$", "").replaceAll("^qtp[0-9]+.*", "qtp");
    }
}

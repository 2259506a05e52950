package kz.qoltanba.benchmarks.bridge;

import java.util.Arrays;
import java.util.List;

/**
 * The benchmark's command line: {@code --bridge-classpath CP} (default: this JVM's class path),
 * {@code --bridge-jvm-args "ARGS"} (options for every bridge JVM, separated by spaces, e.g. a flight
 * recording), {@code --sockets N}, {@code --signatures N} per socket, {@code --size BYTES},
 * {@code --warmup N} signatures per socket before measuring, {@code --starts N} bridge restarts timed to
 * listening (0 skips them), {@code --sequential N} signatures one after the other over one socket and on one
 * thread in-process (the latency mode; 0 skips it) after {@code --sequential-warmup N}, {@code --offer-extensions
 * LIST} the WebSocket extensions the client offers at the upgrade, comma-separated, or {@code none} (default
 * {@code permessage-deflate}, what Chromium and Firefox offer), {@code --browser-floor auto|off} whether the latency
 * mode also times the echo floor from headless Chromium ({@code auto}, the default: when Chromium and chromedriver
 * are installed).
 */
record BenchOptions(
        String bridgeClassPath,
        List<String> bridgeJvmArgs,
        int sockets,
        int signatures,
        int size,
        int warmup,
        int starts,
        int sequential,
        int sequentialWarmup,
        List<String> offeredExtensions,
        boolean browserFloor) {
    static BenchOptions parse(String[] args) {
        String classPath = System.getProperty("java.class.path");
        List<String> jvmArgs = List.of();
        int sockets = 200;
        int signatures = 50;
        int size = 1024;
        int warmup = 5;
        int starts = 10;
        int sequential = 2000;
        int sequentialWarmup = 500;
        List<String> extensions = List.of("permessage-deflate");
        boolean browserFloor = true;
        for (int i = 0; i < args.length; i++) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            String value = args[++i];
            switch (args[i - 1]) {
                case "--bridge-classpath" -> classPath = value;
                case "--bridge-jvm-args" -> jvmArgs = words(value);
                case "--sockets" -> sockets = positive(args[i - 1], value);
                case "--signatures" -> signatures = positive(args[i - 1], value);
                case "--size" -> size = positive(args[i - 1], value);
                case "--warmup" -> warmup = positive(args[i - 1], value);
                case "--starts" -> starts = atLeast(0, args[i - 1], value);
                case "--sequential" -> sequential = atLeast(0, args[i - 1], value);
                case "--sequential-warmup" -> sequentialWarmup = positive(args[i - 1], value);
                case "--offer-extensions" -> extensions = extensions(value);
                case "--browser-floor" -> browserFloor = autoOrOff(args[i - 1], value);
                default -> throw new IllegalArgumentException("unknown option " + args[i - 1]);
            }
        }
        return new BenchOptions(
                classPath,
                jvmArgs,
                sockets,
                signatures,
                size,
                warmup,
                starts,
                sequential,
                sequentialWarmup,
                extensions,
                browserFloor);
    }

    private static boolean autoOrOff(String option, String value) {
        return switch (value) {
            case "auto" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException(option + " must be 'auto' or 'off', not '" + value + "'");
        };
    }

    private static List<String> extensions(String value) {
        if (value.equals("none")) {
            return List.of();
        }
        List<String> names = Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .toList();
        if (names.isEmpty()) {
            throw new IllegalArgumentException(
                    "--offer-extensions needs extension names or 'none', not '" + value + "'");
        }
        return names;
    }

    private static List<String> words(String value) {
        return Arrays.stream(value.trim().split("\\s+"))
                .filter(word -> !word.isEmpty())
                .toList();
    }

    private static int positive(String option, String value) {
        return atLeast(1, option, value);
    }

    private static int atLeast(int minimum, String option, String value) {
        int parsed;
        try {
            parsed = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, not '" + value + "'");
        }
        if (parsed < minimum) {
            throw new IllegalArgumentException(option + " must be at least " + minimum);
        }
        return parsed;
    }
}

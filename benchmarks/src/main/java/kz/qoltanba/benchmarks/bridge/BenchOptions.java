package kz.qoltanba.benchmarks.bridge;

/**
 * The benchmark's command line: {@code --bridge-classpath CP} (default: this JVM's class path),
 * {@code --sockets N}, {@code --signatures N} per socket, {@code --size BYTES}, {@code --warmup N} signatures
 * per socket before measuring, {@code --starts N} bridge restarts timed to listening.
 */
record BenchOptions(String bridgeClassPath, int sockets, int signatures, int size, int warmup, int starts) {
    static BenchOptions parse(String[] args) {
        String classPath = System.getProperty("java.class.path");
        int sockets = 200;
        int signatures = 50;
        int size = 1024;
        int warmup = 5;
        int starts = 10;
        for (int i = 0; i < args.length; i++) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            String value = args[++i];
            switch (args[i - 1]) {
                case "--bridge-classpath" -> classPath = value;
                case "--sockets" -> sockets = positive(args[i - 1], value);
                case "--signatures" -> signatures = positive(args[i - 1], value);
                case "--size" -> size = positive(args[i - 1], value);
                case "--warmup" -> warmup = positive(args[i - 1], value);
                case "--starts" -> starts = positive(args[i - 1], value);
                default -> throw new IllegalArgumentException("unknown option " + args[i - 1]);
            }
        }
        return new BenchOptions(classPath, sockets, signatures, size, warmup, starts);
    }

    private static int positive(String option, String value) {
        int parsed = Integer.parseInt(value);
        if (parsed < 1) {
            throw new IllegalArgumentException(option + " must be at least 1");
        }
        return parsed;
    }
}

package kz.qoltanba.portal.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What one benchmark run does.
 *
 * @param users the concurrency levels, run one after the other (each user has its own session and object)
 * @param requests signed completions per user and level
 * @param gost sign with the GOST 2015/512 key instead of RSA
 * @param timestamp the action requires a signature time-stamp (the client asks the dev PKI's TSA)
 * @param revocationCache how long the verifier reuses an OCSP/CRL answer; zero asks the OCSP server every time
 */
record BenchOptions(List<Integer> users, int requests, boolean gost, boolean timestamp, Duration revocationCache) {

    BenchOptions {
        users = List.copyOf(users);
        if (users.isEmpty() || users.stream().anyMatch(u -> u < 1)) {
            throw new IllegalArgumentException("--users: expected positive numbers, got " + users);
        }
        if (requests < 1) {
            throw new IllegalArgumentException("--requests: expected a positive number, got " + requests);
        }
        if (revocationCache.isNegative()) {
            throw new IllegalArgumentException("--revocation-cache: must not be negative, got " + revocationCache);
        }
    }

    static BenchOptions parse(String... args) {
        List<Integer> users = List.of(1, 8, 32);
        int requests = 20;
        boolean gost = false;
        boolean timestamp = false;
        Duration cache = Duration.ofMinutes(15);
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            switch (name) {
                case "--users" -> users = numbers(name, value(args, ++i, name));
                case "--requests" -> requests = number(name, value(args, ++i, name));
                case "--gost" -> gost = true;
                case "--timestamp" -> timestamp = true;
                case "--revocation-cache" -> cache = Duration.ofSeconds(number(name, value(args, ++i, name)));
                default ->
                    throw new IllegalArgumentException("unknown option '" + name + "'; known: --users 1,8,32"
                            + " --requests N --gost --timestamp --revocation-cache SECONDS");
            }
        }
        return new BenchOptions(users, requests, gost, timestamp, cache);
    }

    private static String value(String[] args, int i, String name) {
        if (i >= args.length) {
            throw new IllegalArgumentException(name + ": a value is missing");
        }
        return args[i];
    }

    private static List<Integer> numbers(String name, String text) {
        List<Integer> values = new ArrayList<>();
        for (String part : text.split(",")) {
            values.add(number(name, part.strip()));
        }
        return values;
    }

    private static int number(String name, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": not a whole number: '" + text + "'", e);
        }
    }
}

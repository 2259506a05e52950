package kz.qoltanba.portal.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.db.TestDatabase;
import kz.qoltanba.portal.signing.SigningPipeline;
import kz.qoltanba.portal.testutil.TestKey;
import kz.qoltanba.portal.testutil.TestPki;
import kz.qoltanba.signing.validation.CmsVerifier;
import kz.qoltanba.signing.validation.RevocationTransport;
import kz.qoltanba.signing.validation.XmlVerifier;

/**
 * The portal's load benchmark (not a test): sign request → signature → complete with full verification → state
 * change, for each concurrency level, against the embedded PostgreSQL or the one {@code PORTAL_DB_URL} names.
 * Prints throughput, p50/p95 of {@code complete}, the share of it spent verifying, two baselines (the same
 * transition without a signature, and verification alone) and the SQL bookkeeping. Exit code 0 when the books
 * balance, 1 when something was lost, 2 for a bad option. Run it as portal-web/README.md ("Load benchmark") says.
 */
public final class LoadBenchmark {
    private static final int WARM_UP = 5;

    private final BenchOptions options;
    private final PrintStream out;

    LoadBenchmark(BenchOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("load benchmark: " + e.getMessage());
            System.exit(2);
            return;
        }
        List<String> problems;
        try (PortalDatabase db = openDatabase()) {
            problems = new LoadBenchmark(options, System.out).run(db);
        }
        System.exit(problems.isEmpty() ? 0 : 1);
    }

    private static PortalDatabase openDatabase() {
        String url = System.getenv("PORTAL_DB_URL");
        if (url == null || url.isBlank()) {
            return TestDatabase.fresh();
        }
        String user = System.getenv().getOrDefault("PORTAL_DB_USER", "postgres");
        return PortalDatabase.external(url, user, System.getenv().getOrDefault("PORTAL_DB_PASSWORD", ""));
    }

    /** Runs every level on {@code db}; returns the bookkeeping problems (empty: nothing lost). */
    List<String> run(PortalDatabase db) throws InterruptedException, IOException {
        String run = "run-" + UUID.randomUUID().toString().substring(0, 8);
        TestPki pki = TestPki.get();
        CountingTransport transport = new CountingTransport(RevocationTransport.http(Duration.ofSeconds(10)));
        TimedCmsVerifier verifier =
                new TimedCmsVerifier(CmsVerifier.create(transport, new SecureRandom(), options.revocationCache()));
        SigningPipeline pipeline = SigningPipeline.create(
                pki.settings("http://127.0.0.1:8080").withTimestampRequired(options.timestamp()),
                Clock.systemUTC(),
                verifier,
                XmlVerifier.create());
        SigningLoad load = new SigningLoad(
                db,
                pipeline,
                pki.key(options.gost() ? TestKey.TSR1_SIGN_GOST : TestKey.TSR1_SIGN),
                options.timestamp());
        db.inTransaction(c -> {
            BenchObjects.createTables(c);
            return null;
        });
        header(run, db);
        load.signed(load.createObjects(run + "-warm", 1), WARM_UP);
        long completions = WARM_UP;
        verifier.takeNanos();
        transport.takeFetches();
        load.takeCompleteCallNanos();
        List<LevelResult> results = new ArrayList<>();
        for (int users : options.users()) {
            List<String> objects = load.createObjects(run + "-s" + users, users);
            Users.Run signed = load.signed(objects, options.requests());
            long verifyNanos = verifier.takeNanos();
            long fetches = transport.takeFetches();
            long completeCallNanos = load.takeCompleteCallNanos();
            Users.Run unsigned = load.unsigned(load.createObjects(run + "-t" + users, users), options.requests());
            Users.Run verifyAlone = VerificationBaseline.run(db, pipeline, objects);
            verifier.takeNanos();
            transport.takeFetches();
            completions += signed.latencies().count();
            LevelResult result =
                    new LevelResult(users, signed, completeCallNanos, verifyNanos, fetches, unsigned, verifyAlone);
            results.add(result);
            out.println(result.line());
        }
        List<String> problems = Bookkeeping.problems(db, run, completions);
        out.printf(
                "nothing lost: %s (%d completions incl. %d warm-up; every one with exactly one signed_document and one"
                        + " transition, no request left half-done)%n",
                problems.isEmpty() ? "yes" : "NO " + problems, completions, WARM_UP);
        out.printf("load average at the end: %.2f%n", loadAverage());
        return problems;
    }

    private void header(String run, PortalDatabase db) {
        out.printf(
                "load benchmark %s: key %s, %s, revocation cache %ds, %d requests per user, database %s,"
                        + " %d processors, load average %.2f%n",
                run,
                options.gost() ? "GOST 2015/512" : "RSA",
                options.timestamp() ? "time-stamp required" : "no time-stamp",
                options.revocationCache().toSeconds(),
                options.requests(),
                db.jdbcUrl().replaceAll("\\?.*", ""),
                Runtime.getRuntime().availableProcessors(),
                loadAverage());
        out.println(LevelResult.HEADER);
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}

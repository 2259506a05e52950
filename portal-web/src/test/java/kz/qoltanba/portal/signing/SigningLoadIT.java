package kz.qoltanba.portal.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.db.TestDatabase;
import kz.qoltanba.portal.testutil.TestKey;
import kz.qoltanba.portal.testutil.TestPki;
import kz.qoltanba.portal.testutil.TestSignatures;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.validation.CmsVerifier;
import kz.qoltanba.signing.validation.ValidationReport;
import kz.qoltanba.signing.validation.VerificationOptions;
import kz.qoltanba.signing.validation.XmlVerifier;
import org.junit.jupiter.api.Test;

/**
 * A small load run (not a timed test): users issue a sign request for their object, sign it (outside the
 * measurement, as the browser would), and complete it in one transaction with the object's row locked and its
 * version raised. Prints throughput, p50/p95 of the completing transaction and the share of it spent in
 * signing-core's verification; asserts that nothing is lost: every completion stored exactly one document and
 * moved its object exactly once. Size: {@code -Dqoltanba.load.users=8 -Dqoltanba.load.rounds=10}.
 */
class SigningLoadIT {
    private static final int USERS = Integer.getInteger("qoltanba.load.users", 8);
    private static final int ROUNDS = Integer.getInteger("qoltanba.load.rounds", 10);

    /** Counts the time spent inside the real verifier. */
    private static final class TimedCmsVerifier implements CmsVerifier {
        private final CmsVerifier real = CmsVerifier.create();
        private final AtomicLong nanos = new AtomicLong();

        @Override
        public ValidationReport verify(byte[] cms, Optional<InputStream> content, VerificationOptions options)
                throws MalformedInputException {
            long start = System.nanoTime();
            try {
                return real.verify(cms, content, options);
            } finally {
                nanos.addAndGet(System.nanoTime() - start);
            }
        }

        @Override
        public ValidationReport verifyDigest(byte[] cms, byte[] digest, String oid, VerificationOptions options)
                throws MalformedInputException {
            return real.verifyDigest(cms, digest, oid, options);
        }
    }

    @Test
    void whenUsersSignConcurrently_thenEveryCompletionStoresOneDocumentAndOneTransition() throws Exception {
        TestPki pki = TestPki.get();
        TimedCmsVerifier verifier = new TimedCmsVerifier();
        try (PortalDatabase db = TestDatabase.fresh()) {
            SigningPipeline pipeline = SigningPipeline.create(
                    pki.settings("http://127.0.0.1:8080"), Clock.systemUTC(), verifier, XmlVerifier.create());
            db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE load_object (id TEXT PRIMARY KEY, version BIGINT NOT NULL)");
                }
                for (int u = 0; u < USERS; u++) {
                    try (PreparedStatement s = c.prepareStatement("INSERT INTO load_object VALUES (?, 1)")) {
                        s.setString(1, "object-" + u);
                        s.executeUpdate();
                    }
                }
                return null;
            });
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(USERS);
            long started = System.nanoTime();
            List<Future<?>> users = new ArrayList<>();
            for (int u = 0; u < USERS; u++) {
                String object = "object-" + u;
                String session = "session-" + u;
                users.add(pool.submit(() -> {
                    for (long version = 1; version <= ROUNDS; version++) {
                        SignedAction action = new SignedAction(
                                "LOAD",
                                "load_object",
                                object,
                                version,
                                SignerRule.legalSignature("180540012345", null));
                        IssuedRequest request = db.inTransaction(
                                c -> pipeline.issue(c, session, action, SignContent.json(Map.of("object", object))));
                        String signed = TestSignatures.sign(request, pki.key(TestKey.TSR1_SIGN));
                        long t0 = System.nanoTime();
                        db.inTransaction(c -> complete(c, pipeline, request, session, object, signed));
                        latencies.add(System.nanoTime() - t0);
                    }
                    return null;
                }));
            }
            for (Future<?> user : users) {
                user.get();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            pool.shutdown();

            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            long completeNanos = sorted.stream().mapToLong(Long::longValue).sum();
            System.out.printf(
                    "signing load: %d users x %d = %d completions in %.1f s (%.1f/s incl. issuing and client-side"
                            + " signing); complete p50 %.0f ms, p95 %.0f ms; verification %.0f%% of complete%n",
                    USERS,
                    ROUNDS,
                    sorted.size(),
                    seconds,
                    sorted.size() / seconds,
                    sorted.get(sorted.size() / 2) / 1e6,
                    sorted.get((int) (sorted.size() * 0.95)) / 1e6,
                    100.0 * verifier.nanos.get() / completeNanos);
            assertThat(count(db, "SELECT count(*) FROM signed_document")).isEqualTo((long) USERS * ROUNDS);
            assertThat(count(db, "SELECT count(*) FROM sign_request WHERE used_at IS NULL"))
                    .isZero();
            assertThat(count(db, "SELECT count(*) FROM load_object WHERE version <> " + (ROUNDS + 1)))
                    .isZero();
        }
    }

    private static Void complete(
            Connection c, SigningPipeline pipeline, IssuedRequest request, String session, String object, String signed)
            throws SQLException {
        long version;
        try (PreparedStatement s = c.prepareStatement("SELECT version FROM load_object WHERE id = ? FOR UPDATE")) {
            s.setString(1, object);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                version = r.getLong(1);
            }
        }
        try {
            pipeline.complete(c, request.id(), session, signed, version);
        } catch (SignatureRejectedException e) {
            throw new AssertionError(e.getMessage(), e);
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE load_object SET version = version + 1 WHERE id = ?")) {
            s.setString(1, object);
            s.executeUpdate();
        }
        return null;
    }

    private static long count(PortalDatabase db, String sql) {
        return db.inTransaction(c -> {
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery(sql)) {
                r.next();
                return r.getLong(1);
            }
        });
    }
}

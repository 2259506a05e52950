package kz.qoltanba.portal.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.signing.IssuedRequest;
import kz.qoltanba.portal.signing.SignContent;
import kz.qoltanba.portal.signing.SignatureRejectedException;
import kz.qoltanba.portal.signing.SignedAction;
import kz.qoltanba.portal.signing.SignerRule;
import kz.qoltanba.portal.signing.SigningPipeline;
import kz.qoltanba.portal.testutil.TestSignatures;
import kz.qoltanba.signing.token.KeyEntry;

/**
 * The measured path, per user and request: issue a sign request for the user's object (own transaction), sign it
 * as the bridge would (outside the measurement), then complete it in one transaction that locks the object,
 * verifies and stores the document through the pipeline, records the transition and raises the version. Also
 * the same transition without the pipeline (the database baseline).
 */
final class SigningLoad {
    static final String ACTION = "BENCH_SIGN";
    static final String BIN = "180540012345";

    private final PortalDatabase db;
    private final SigningPipeline pipeline;
    private final KeyEntry key;
    private final boolean timestamp;
    private final AtomicLong completeCallNanos = new AtomicLong();

    SigningLoad(PortalDatabase db, SigningPipeline pipeline, KeyEntry key, boolean timestamp) {
        this.db = db;
        this.pipeline = pipeline;
        this.key = key;
        this.timestamp = timestamp;
    }

    /** Object ids {@code prefix-u0 ...}, each at version 1. */
    List<String> createObjects(String prefix, int users) {
        List<String> ids = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            ids.add(prefix + "-u" + u);
        }
        db.inTransaction(c -> {
            for (String id : ids) {
                BenchObjects.insert(c, id);
            }
            return null;
        });
        return ids;
    }

    /** Signed completions; the durations are those of the completing transaction. */
    Users.Run signed(List<String> objects, int requests) throws InterruptedException {
        return Users.run(objects.size(), (user, nanos) -> {
            String object = objects.get(user);
            String session = "bench-session-" + object;
            for (long version = 1; version <= requests; version++) {
                SignedAction action = new SignedAction(
                        ACTION, BenchObjects.TYPE, object, version, SignerRule.legalSignature(BIN, null));
                IssuedRequest request = db.inTransaction(c -> pipeline.issue(
                        c,
                        session,
                        action,
                        SignContent.json(Map.of("object", object, "version", action.objectVersion()))));
                String signed = sign(request);
                long start = System.nanoTime();
                db.inTransaction(c -> complete(c, request, session, object, signed));
                nanos.add(System.nanoTime() - start);
            }
        });
    }

    /** The same locked transition without a signature: the database's share alone. */
    Users.Run unsigned(List<String> objects, int requests) throws InterruptedException {
        return Users.run(objects.size(), (user, nanos) -> {
            String object = objects.get(user);
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                db.inTransaction(c -> {
                    BenchObjects.transition(c, object, BenchObjects.lockVersion(c, object), null);
                    return null;
                });
                nanos.add(System.nanoTime() - start);
            }
        });
    }

    /** The time spent inside {@link SigningPipeline#complete} since the last call, and starts again. */
    long takeCompleteCallNanos() {
        return completeCallNanos.getAndSet(0);
    }

    private String sign(IssuedRequest request) {
        if (!timestamp) {
            return TestSignatures.sign(request, key);
        }
        if (!"cms".equals(request.format())) {
            throw new IllegalStateException("a time-stamp applies to CMS only, the request is " + request.format());
        }
        return TestSignatures.signCmsWithTimestamp(Base64.getDecoder().decode(request.data()), key);
    }

    private Void complete(Connection c, IssuedRequest request, String session, String object, String signed)
            throws SQLException {
        long version = BenchObjects.lockVersion(c, object);
        long document;
        long start = System.nanoTime();
        try {
            document =
                    pipeline.complete(c, request.id(), session, signed, version).documentId();
        } catch (SignatureRejectedException e) {
            throw new IllegalStateException("the portal refused a benchmark signature: " + e.getMessage(), e);
        } finally {
            completeCallNanos.addAndGet(System.nanoTime() - start);
        }
        BenchObjects.transition(c, object, version, document);
        return null;
    }
}

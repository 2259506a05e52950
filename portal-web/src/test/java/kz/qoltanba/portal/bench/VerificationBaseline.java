package kz.qoltanba.portal.bench;

import java.util.ArrayList;
import java.util.List;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.signing.SignatureRejectedException;
import kz.qoltanba.portal.signing.SignedDocument;
import kz.qoltanba.portal.signing.SigningPipeline;

/**
 * Verification alone, in-process: the documents a level stored are verified again through the pipeline's own
 * re-verification (same verifier, options and revocation checks), by as many threads as the level had users, no
 * transaction held.
 */
final class VerificationBaseline {
    private VerificationBaseline() {}

    static Users.Run run(PortalDatabase db, SigningPipeline pipeline, List<String> objects)
            throws InterruptedException {
        List<List<SignedDocument>> perUser = db.inTransaction(c -> {
            List<List<SignedDocument>> documents = new ArrayList<>();
            for (String object : objects) {
                documents.add(pipeline.documents().forObject(c, BenchObjects.TYPE, object));
            }
            return documents;
        });
        return Users.run(objects.size(), (user, nanos) -> {
            for (SignedDocument document : perUser.get(user)) {
                long start = System.nanoTime();
                try {
                    pipeline.reverify(document);
                } catch (SignatureRejectedException e) {
                    throw new IllegalStateException(
                            "a stored benchmark document no longer verifies: " + e.getMessage(), e);
                }
                nanos.add(System.nanoTime() - start);
            }
        });
    }
}

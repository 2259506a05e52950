package kz.qoltanba.portal.bench;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qoltanba.portal.db.PortalDatabase;

/**
 * "Nothing lost", in SQL over one run's objects (ids starting with the run's prefix): every completion stored
 * exactly one document and made exactly one transition, and nothing is half-done.
 */
final class Bookkeeping {
    private static final String REQUESTS = "sign_request q WHERE q.object_type = 'bench_object' AND q.object_id LIKE ?";
    private static final String DOCUMENTS =
            "signed_document d WHERE d.object_type = 'bench_object' AND d.object_id LIKE ?";

    /** Each check: a count that must be zero, by what it means when it is not. */
    private static final Map<String, String> MUST_BE_ZERO = checks();

    private Bookkeeping() {}

    private static Map<String, String> checks() {
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put(
                "requests issued but never completed", "SELECT count(*) FROM " + REQUESTS + " AND q.used_at IS NULL");
        checks.put(
                "completed requests without a stored document",
                "SELECT count(*) FROM " + REQUESTS + " AND q.used_at IS NOT NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM signed_document d WHERE d.request_id = q.id)");
        checks.put(
                "requests with more than one document",
                "SELECT count(*) FROM (SELECT d.request_id FROM " + DOCUMENTS
                        + " GROUP BY d.request_id HAVING count(*) > 1) x");
        checks.put(
                "documents whose request is not marked used",
                "SELECT count(*) FROM " + DOCUMENTS
                        + " AND NOT EXISTS (SELECT 1 FROM sign_request q WHERE q.id = d.request_id AND q.used_at IS"
                        + " NOT NULL)");
        checks.put(
                "documents without exactly one transition",
                "SELECT count(*) FROM " + DOCUMENTS
                        + " AND (SELECT count(*) FROM bench_transition t WHERE t.document_id = d.id) <> 1");
        checks.put(
                "documents for another version than the transition's",
                "SELECT count(*) FROM " + DOCUMENTS + " AND NOT EXISTS (SELECT 1 FROM bench_transition t"
                        + " WHERE t.document_id = d.id AND t.object_id = d.object_id AND t.from_version = d.object_version)");
        checks.put(
                "objects whose version does not equal 1 + their transitions",
                "SELECT count(*) FROM bench_object o WHERE o.id LIKE ? AND o.version <> 1 + (SELECT count(*) FROM"
                        + " bench_transition t WHERE t.object_id = o.id)");
        return checks;
    }

    /** The problems found, empty when the run's books balance. */
    static List<String> problems(PortalDatabase db, String runPrefix, long expectedDocuments) {
        String like = runPrefix + "-%";
        return db.inTransaction(c -> {
            List<String> problems = new ArrayList<>();
            for (Map.Entry<String, String> check : MUST_BE_ZERO.entrySet()) {
                long n = count(c.prepareStatement(check.getValue()), like);
                if (n != 0) {
                    problems.add(check.getKey() + ": " + n);
                }
            }
            long documents = count(c.prepareStatement("SELECT count(*) FROM " + DOCUMENTS), like);
            if (documents != expectedDocuments) {
                problems.add("stored documents: " + documents + ", completions reported: " + expectedDocuments);
            }
            return problems;
        });
    }

    private static long count(PreparedStatement statement, String like) throws java.sql.SQLException {
        try (PreparedStatement s = statement) {
            s.setString(1, like);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}

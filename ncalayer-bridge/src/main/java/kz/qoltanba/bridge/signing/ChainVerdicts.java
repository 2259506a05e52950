package kz.qoltanba.bridge.signing;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link ChainCheck} answers already found, so that a key used again and again is not verified up to its anchor
 * on every request. An answer depends on the leaf, the certificates it may chain through, the anchors and, only
 * through the validity of those chain certificates, on the time: it is reused while no chain certificate has
 * become valid or expired since it was found, and for the same anchors only (other anchors are another
 * question). At most {@value #LIMIT} answers are kept; past that the memory starts again empty.
 */
final class ChainVerdicts {
    static final int LIMIT = 256;

    private record Question(X509Certificate leaf, List<X509Certificate> pool, List<X509Certificate> anchors) {}

    /** The answer, true for every instant from {@code from} (included) to {@code until} (excluded). */
    private record Verdict(boolean chains, Instant from, Instant until) {
        boolean holdsAt(Instant at) {
            return !at.isBefore(from) && at.isBefore(until);
        }
    }

    private final Map<Question, Verdict> verdicts = new ConcurrentHashMap<>();

    boolean chainsTo(X509Certificate leaf, List<X509Certificate> pool, List<X509Certificate> anchors, Instant at) {
        Question question = new Question(leaf, List.copyOf(pool), List.copyOf(anchors));
        Verdict known = verdicts.get(question);
        if (known != null && known.holdsAt(at)) {
            return known.chains();
        }
        Verdict found = new Verdict(ChainCheck.chainsTo(leaf, pool, anchors, at), Instant.MIN, Instant.MAX);
        for (X509Certificate certificate : question.pool()) {
            // valid from notBefore up to and including notAfter: the answer may change at either edge
            found = narrowed(found, certificate.getNotBefore().toInstant(), at);
            found = narrowed(found, certificate.getNotAfter().toInstant().plusNanos(1), at);
        }
        if (verdicts.size() >= LIMIT) {
            verdicts.clear();
        }
        verdicts.put(question, found);
        return found.chains();
    }

    private static Verdict narrowed(Verdict verdict, Instant edge, Instant at) {
        if (!edge.isAfter(at)) {
            return edge.isAfter(verdict.from()) ? new Verdict(verdict.chains(), edge, verdict.until()) : verdict;
        }
        return edge.isBefore(verdict.until()) ? new Verdict(verdict.chains(), verdict.from(), edge) : verdict;
    }

    /** How many answers are kept (for tests). */
    int size() {
        return verdicts.size();
    }
}

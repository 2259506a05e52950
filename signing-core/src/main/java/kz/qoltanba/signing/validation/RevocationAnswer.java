package kz.qoltanba.signing.validation;

import java.time.Instant;
import java.util.Optional;

/**
 * One source's answer about a certificate. GOOD and REVOKED are conclusive; INVALID means an answer
 * arrived but failed its checks (or says "unknown"); UNREACHABLE means nothing arrived.
 */
record RevocationAnswer(Kind kind, Optional<Instant> revokedAt, Optional<Instant> nextUpdate, String description) {
    enum Kind {
        GOOD,
        REVOKED,
        INVALID,
        UNREACHABLE
    }

    static RevocationAnswer good(Optional<Instant> nextUpdate, String description) {
        return new RevocationAnswer(Kind.GOOD, Optional.empty(), nextUpdate, description);
    }

    static RevocationAnswer revoked(Instant at, Optional<Instant> nextUpdate, String description) {
        return new RevocationAnswer(Kind.REVOKED, Optional.of(at), nextUpdate, description);
    }

    static RevocationAnswer invalid(String description) {
        return new RevocationAnswer(Kind.INVALID, Optional.empty(), Optional.empty(), description);
    }

    static RevocationAnswer unreachable(String description) {
        return new RevocationAnswer(Kind.UNREACHABLE, Optional.empty(), Optional.empty(), description);
    }

    boolean isConclusive() {
        return kind == Kind.GOOD || kind == Kind.REVOKED;
    }
}

package kz.qoltanba.portal.social;

import java.sql.SQLException;

/**
 * Verifies the returned signature inside the transaction of the transition (the signing pipeline's
 * {@code complete}). {@code expected} is what the transition is about to do, rebuilt from the current state
 * under lock: the signature must cover exactly that (same action, object, version and payload as issued),
 * otherwise it throws and nothing changes.
 */
@FunctionalInterface
public interface SignatureCompletion {
    SignedBy complete(Prepared expected) throws SQLException;
}

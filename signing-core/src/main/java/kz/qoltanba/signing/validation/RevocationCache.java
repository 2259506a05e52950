package kz.qoltanba.signing.validation;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fetched revocation data (CRLs by URL, OCSP answers by certificate) kept for a time-to-live, and never
 * past the data's own nextUpdate. Expiry is judged by the clock of the verification that reads it.
 */
final class RevocationCache {
    private record Entry(Object value, Instant expires) {}

    /** Past this many entries, expired ones are swept on the next insertion. */
    private static final int SWEEP_THRESHOLD = 10_000;

    private final Duration ttl;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    RevocationCache(Duration ttl) {
        this.ttl = ttl;
    }

    <T> Optional<T> get(String key, Class<T> type, Instant now) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (now.isAfter(entry.expires())) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return type.isInstance(entry.value()) ? Optional.of(type.cast(entry.value())) : Optional.empty();
    }

    void put(String key, Object value, Instant now, Optional<Instant> nextUpdate) {
        Instant expires = now.plus(ttl);
        if (nextUpdate.isPresent() && nextUpdate.get().isBefore(expires)) {
            expires = nextUpdate.get();
        }
        if (expires.isAfter(now)) {
            if (entries.size() >= SWEEP_THRESHOLD) {
                entries.values().removeIf(e -> now.isAfter(e.expires()));
            }
            entries.put(key, new Entry(value, expires));
        }
    }
}

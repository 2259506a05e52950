package kz.qoltanba.signing.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RevocationCacheTest {
    private static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");

    @Test
    void whenTheTtlPasses_thenTheEntryIsGone() {
        RevocationCache cache = new RevocationCache(Duration.ofMinutes(10));
        cache.put("k", "v", T0, Optional.empty());

        assertThat(cache.get("k", String.class, T0.plus(Duration.ofMinutes(10))))
                .contains("v");
        assertThat(cache.get("k", String.class, T0.plus(Duration.ofMinutes(11))))
                .isEmpty();
    }

    @Test
    void whenNextUpdateComesBeforeTheTtl_thenItBoundsTheEntry() {
        RevocationCache cache = new RevocationCache(Duration.ofHours(1));
        cache.put("k", "v", T0, Optional.of(T0.plus(Duration.ofMinutes(5))));

        assertThat(cache.get("k", String.class, T0.plus(Duration.ofMinutes(6)))).isEmpty();
    }

    @Test
    void whenTheDataIsAlreadyPastItsNextUpdate_thenNothingIsCached() {
        RevocationCache cache = new RevocationCache(Duration.ofHours(1));
        cache.put("k", "v", T0, Optional.of(T0.minusSeconds(1)));

        assertThat(cache.get("k", String.class, T0)).isEmpty();
    }

    @Test
    void whenAskedForAnotherType_thenNothingIsReturned() {
        RevocationCache cache = new RevocationCache(Duration.ofHours(1));
        cache.put("k", "v", T0, Optional.empty());

        assertThat(cache.get("k", Integer.class, T0)).isEmpty();
    }
}

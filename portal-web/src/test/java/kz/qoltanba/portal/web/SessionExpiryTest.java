package kz.qoltanba.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionExpiryTest {
    private static final Instant START = Instant.parse("2026-11-23T08:00:00Z");
    private final SessionStore store =
            new SessionStore(null, Clock.systemUTC(), new SecureRandom(), Duration.ofMinutes(30), Duration.ofHours(12));

    private static SessionRecord seen(Instant created, Instant lastSeen) {
        return new SessionRecord("id", "csrf", null, null, null, created, lastSeen);
    }

    @Test
    void whenTheSessionWasUsedRecently_thenItLives() {
        assertThat(store.expired(seen(START, START), START.plus(Duration.ofMinutes(29))))
                .isFalse();
    }

    @Test
    void whenTheSessionWasIdleTooLong_thenItHasExpired() {
        assertThat(store.expired(seen(START, START), START.plus(Duration.ofMinutes(30))))
                .isTrue();
    }

    @Test
    void whenTheSessionIsOlderThanItsMaximumAge_thenItHasExpiredEvenIfActive() {
        Instant now = START.plus(Duration.ofHours(12));
        assertThat(store.expired(seen(START, now.minusSeconds(5)), now)).isTrue();
    }

    @Test
    void whenTokensAreMade_thenTheyAreLongRandomAndUrlSafe() {
        String a = store.newToken();
        String b = store.newToken();

        assertThat(a).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(b);
        assertThat(SessionStore.idOf(a)).hasSize(64).isNotEqualTo(a);
    }

    @Test
    void whenAReturnPathPointsElsewhere_thenHomeIsUsed() {
        assertThat(PlatformFeature.returnPath("/social/profile?tab=1")).isEqualTo("/social/profile?tab=1");
        assertThat(PlatformFeature.returnPath("//evil.example/")).isEqualTo("/");
        assertThat(PlatformFeature.returnPath("https://evil.example/")).isEqualTo("/");
        assertThat(PlatformFeature.returnPath("/\\evil.example")).isEqualTo("/");
        assertThat(PlatformFeature.returnPath("/a\r\nSet-Cookie: x=1")).isEqualTo("/");
        assertThat(PlatformFeature.returnPath(null)).isEqualTo("/");
    }
}

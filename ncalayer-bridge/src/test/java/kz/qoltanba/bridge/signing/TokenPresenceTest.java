package kz.qoltanba.bridge.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import kz.qoltanba.signing.token.Pkcs11Libraries;
import kz.qoltanba.signing.token.StorageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenPresenceTest {
    @TempDir
    Path home;

    private final AtomicInteger probes = new AtomicInteger();
    private OptionalInt answer = OptionalInt.empty();
    private Instant now = Instant.parse("2026-11-23T00:00:00Z");

    private TokenPresence presence(Pkcs11Libraries libraries) {
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        return new TokenPresence(
                libraries,
                library -> {
                    probes.incrementAndGet();
                    return answer;
                },
                clock);
    }

    @Test
    void whenLibraryIsMissing_thenTheStorageIsAbsentWithoutProbing() {
        TokenPresence presence = presence(new Pkcs11Libraries(Map.of(StorageType.KAZTOKEN, home.resolve("absent.so"))));

        assertThat(presence.present(StorageType.KAZTOKEN)).isFalse();
        assertThat(presence.present(StorageType.JACARTA)).isFalse();
        assertThat(probes).hasValue(0);
    }

    @Test
    void whenLibraryIsInstalledAfterALookup_thenItIsSeenOnceTheAnswerIsStale() throws Exception {
        Path library = home.resolve("libkaztoken.so");
        TokenPresence presence = presence(new Pkcs11Libraries(Map.of(StorageType.KAZTOKEN, library)));
        answer = OptionalInt.of(0);

        assertThat(presence.present(StorageType.KAZTOKEN)).isFalse();
        Files.write(library, new byte[] {1});
        assertThat(presence.present(StorageType.KAZTOKEN))
                .as("the absent library is remembered as briefly as a probe's answer")
                .isFalse();
        now = now.plus(TokenPresence.FRESH_FOR);
        assertThat(presence.present(StorageType.KAZTOKEN)).isTrue();
        assertThat(probes).hasValue(1);
    }

    @Test
    void whenLibraryIsInstalledButNoSlotHoldsAToken_thenTheStorageIsAbsent() throws Exception {
        Path library = Files.write(home.resolve("libkaztoken.so"), new byte[] {1});

        assertThat(presence(new Pkcs11Libraries(Map.of(StorageType.KAZTOKEN, library)))
                        .present(StorageType.KAZTOKEN))
                .isFalse();
    }

    @Test
    void whenAskedAgainSoon_thenTheAnswerIsReusedAndAfterAWhileProbedAgain() throws Exception {
        Path library = Files.write(home.resolve("libkaztoken.so"), new byte[] {1});
        TokenPresence presence = presence(new Pkcs11Libraries(Map.of(StorageType.KAZTOKEN, library)));
        answer = OptionalInt.of(2);

        assertThat(presence.slot(StorageType.KAZTOKEN)).hasValue(2);
        answer = OptionalInt.empty();
        now = now.plus(TokenPresence.FRESH_FOR.minus(Duration.ofMillis(1)));
        assertThat(presence.present(StorageType.KAZTOKEN)).isTrue();
        assertThat(probes).hasValue(1);

        now = now.plus(Duration.ofMillis(1));
        assertThat(presence.present(StorageType.KAZTOKEN))
                .as("the token was taken out")
                .isFalse();
        assertThat(probes).hasValue(2);
    }
}

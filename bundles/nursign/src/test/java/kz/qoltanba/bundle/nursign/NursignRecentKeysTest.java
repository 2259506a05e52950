package kz.qoltanba.bundle.nursign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NursignRecentKeysTest {
    @TempDir
    Path temp;

    @Test
    void whenMoreKeysThanCertCountAreUsed_thenOnlyTheMostRecentAreKeptNewestFirst() {
        RecentKeys recent = new RecentKeys(temp.resolve("data/recent-keys.txt"));
        for (String key : new String[] {"/k/a.p12", "/k/b.p12", "/k/c.p12", "/k/a.p12", "AKKaztokenStore"}) {
            recent.remember(key, 3);
        }

        assertThat(recent.list(3)).containsExactly("AKKaztokenStore", "/k/a.p12", "/k/c.p12");
        assertThat(recent.list(1)).containsExactly("AKKaztokenStore");
        assertThat(recent.list(0)).isEmpty();
    }

    @Test
    void whenTheHostDoesNotSayWhereTheKeyIs_thenNothingIsStored() {
        Path file = temp.resolve("recent-keys.txt");
        RecentKeys recent = new RecentKeys(file);

        recent.remember(null, 5);
        recent.remember(" ", 5);
        recent.remember("/k/a.p12\n/k/b.p12", 5);
        recent.remember("/k/a.p12", 0);

        assertThat(Files.exists(file)).isFalse();
        assertThat(recent.list(5)).isEmpty();
    }
}

package kz.qoltanba.bridge.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentKeysTest {
    @TempDir
    Path home;

    @Test
    void whenKeysAreUsed_thenTheMostRecentComesFirstAndTheListSurvivesANewObject() throws Exception {
        Path one = Files.createFile(home.resolve("one.p12"));
        Path two = Files.createFile(home.resolve("two.p12"));
        Path store = home.resolve("recent-keys.txt");
        RecentKeys recent = new RecentKeys(store, 5);

        recent.used(one);
        recent.used(two);
        recent.used(two);

        assertThat(recent.list()).containsExactly(two, one);
        assertThat(new RecentKeys(store, 5).list()).containsExactly(two, one);
    }

    @Test
    void whenTheFileChangesUnderneath_thenTheNewListIsRead() throws Exception {
        Path one = Files.createFile(home.resolve("one.p12"));
        Path two = Files.createFile(home.resolve("two.p12"));
        Path store = home.resolve("recent-keys.txt");
        RecentKeys recent = new RecentKeys(store, 5);
        recent.used(one);
        assertThat(recent.list()).containsExactly(one);

        Files.write(store, List.of(two.toString()), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(store, FileTime.from(Instant.now().plusSeconds(5)));

        assertThat(recent.list()).containsExactly(two);
        Files.delete(store);
        assertThat(recent.list()).isEmpty();
    }

    @Test
    void whenAListedFileNoLongerExists_thenItIsNotOffered() throws Exception {
        Path one = Files.createFile(home.resolve("one.p12"));
        Path two = Files.createFile(home.resolve("two.p12"));
        RecentKeys recent = new RecentKeys(home.resolve("recent-keys.txt"), 5);
        recent.used(one);
        recent.used(two);

        Files.delete(two);

        assertThat(recent.list()).containsExactly(one);
    }
}

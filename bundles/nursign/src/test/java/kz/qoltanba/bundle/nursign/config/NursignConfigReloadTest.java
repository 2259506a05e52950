package kz.qoltanba.bundle.nursign.config;

import static kz.qoltanba.bundle.nursign.config.ConfigTexts.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NursignConfigReloadTest {
    private static final Duration INTERVAL = Duration.ofSeconds(2);
    private static final long MIB = 1L << 20;

    @TempDir
    Path directory;

    private final SettableClock clock = new SettableClock();
    private final List<List<ConfigProblem>> reported = new ArrayList<>();
    private Path file;
    private NursignConfig config;

    @BeforeEach
    void openConfig() throws IOException {
        file = Files.writeString(directory.resolve("nursign.properties"), lines("lang=kk", "max_file_size=50"));
        config = NursignConfig.create(
                Map.of("NURSIGN_CONFIG", file.toString()), "/nonexistent", clock, INTERVAL, reported::add);
    }

    @Test
    void whenTheFileIsEdited_thenTheChangeIsUsedAfterTheCheckInterval() throws IOException {
        assertThat(config.current().lang()).isEqualTo("kk");

        Files.writeString(file, lines("lang=ru", "max_file_size=50"));
        clock.advance(INTERVAL.minusMillis(1));
        assertThat(config.current().lang()).isEqualTo("kk");

        clock.advance(Duration.ofMillis(1));
        assertThat(config.current().lang()).isEqualTo("ru");
    }

    @Test
    void whenAnEditKeepsTheSizeAndTimestamp_thenTheContentChangeIsStillSeen() throws IOException {
        config.current();
        FileTime modified = Files.getLastModifiedTime(file);

        Files.writeString(file, lines("lang=ru", "max_file_size=51"));
        Files.setLastModifiedTime(file, modified);
        clock.advance(INTERVAL);

        assertThat(config.current().maxFileSizeBytes()).isEqualTo(51 * MIB);
    }

    @Test
    void whenAnEditBreaksAValue_thenTheLastGoodValueStaysAndOthersApply() throws IOException {
        config.current();

        Files.writeString(file, lines("lang=ru", "max_file_size=big"));
        clock.advance(INTERVAL);
        NursignSettings settings = config.current();

        assertThat(settings.maxFileSizeBytes()).isEqualTo(50 * MIB);
        assertThat(settings.lang()).isEqualTo("ru");
        assertThat(reported)
                .singleElement()
                .satisfies(problems -> assertThat(problems)
                        .singleElement()
                        .hasToString(
                                "line 2, key max_file_size: 'big' is not a whole number of MiB (write e.g. 50, without"
                                        + " a unit); keeping '50'"));
    }

    @Test
    void whenProblemsStayUnchanged_thenTheyAreReportedOncePerChange() throws IOException {
        Files.writeString(file, lines("lang=en"));
        config.current();
        clock.advance(INTERVAL);
        config.current();
        clock.advance(INTERVAL);
        config.current();
        assertThat(reported).hasSize(1);

        Files.writeString(file, lines("# edited", "lang=en"));
        clock.advance(INTERVAL);
        config.current();

        assertThat(reported).hasSize(2);
        assertThat(reported.get(1))
                .singleElement()
                .extracting(ConfigProblem::line)
                .isEqualTo(2);
        assertThat(config.problems()).isEqualTo(reported.get(1));
    }

    @Test
    void whenAKeyIsRemoved_thenItReturnsToItsDefault() throws IOException {
        config.current();

        Files.writeString(file, lines("lang=kk"));
        clock.advance(INTERVAL);

        assertThat(config.current().maxFileSizeBytes()).isEqualTo(20 * MIB);
    }

    @Test
    void whenTheFileIsDeleted_thenItIsCreatedAgainWithTheDefaults() throws IOException {
        config.current();

        Files.delete(file);
        clock.advance(INTERVAL);

        assertThat(config.current()).isEqualTo(NursignSettings.defaults());
        assertThat(file).isRegularFile();
    }

    @Test
    void whenTheListenerFails_thenTheSettingsAreStillAnswered() throws IOException {
        Files.writeString(file, lines("lang=en"));
        NursignConfig failing = NursignConfig.create(
                Map.of("NURSIGN_CONFIG", file.toString()), "/nonexistent", clock, INTERVAL, problems -> {
                    throw new IllegalStateException("listener broke");
                });

        assertThat(failing.current().lang()).isEqualTo("ru");
    }
}

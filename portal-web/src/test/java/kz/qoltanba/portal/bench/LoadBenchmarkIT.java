package kz.qoltanba.portal.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import kz.qoltanba.portal.db.PortalDatabase;
import kz.qoltanba.portal.db.TestDatabase;
import org.junit.jupiter.api.Test;

/** Keeps the load benchmark runnable: one user, two requests, books balanced. Times are not asserted. */
class LoadBenchmarkIT {

    @Test
    void whenOneUserCompletesTwoRequests_thenNothingIsLostAndTheReportHasItsLine() throws Exception {
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        List<String> problems;
        try (PortalDatabase db = TestDatabase.fresh()) {
            problems = new LoadBenchmark(
                            BenchOptions.parse("--users", "1", "--requests", "2", "--revocation-cache", "0"),
                            new PrintStream(report, true, StandardCharsets.UTF_8))
                    .run(db);
        }
        String text = report.toString(StandardCharsets.UTF_8);
        assertThat(problems).as(text).isEmpty();
        assertThat(text).contains("nothing lost: yes (7 completions").containsPattern("(?m)^\\s+1 \\|\\s+2 \\|");
    }

    @Test
    void whenAnOptionIsWrong_thenTheMessageNamesIt() {
        assertThatThrownBy(() -> BenchOptions.parse("--users", "1,x")).hasMessageContaining("--users");
        assertThatThrownBy(() -> BenchOptions.parse("--requests", "0")).hasMessageContaining("--requests");
        assertThatThrownBy(() -> BenchOptions.parse("--fast")).hasMessageContaining("'--fast'");
        assertThat(BenchOptions.parse().revocationCache()).isEqualTo(Duration.ofMinutes(15));
    }
}

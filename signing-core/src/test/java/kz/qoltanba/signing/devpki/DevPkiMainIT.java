package kz.qoltanba.signing.devpki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevPkiMainIT {
    @TempDir
    Path dir;

    @Test
    void whenLaunched_thenFilesAreWrittenAndPrintedUrlsAnswer() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        DevPkiMain.Options options =
                DevPkiMain.Options.parse(new String[] {"--dir", dir.toString(), "--password", "secret"});
        try (DevPkiServer server = DevPkiMain.launch(
                options,
                Clock.fixed(Instant.parse("2026-03-15T10:00:00Z"), ZoneOffset.UTC),
                new SecureRandom(),
                new PrintStream(printed, true, StandardCharsets.UTF_8))) {
            String output = printed.toString(StandardCharsets.UTF_8);
            assertThat(output).contains("not for production").contains(server.baseUrl() + "ocsp/gost");
            assertThat(Http.get(server.baseUrl().resolve("crl/gost.crl")).statusCode())
                    .isEqualTo(200);
            assertThat(dir.resolve("gost/legal_head.p12")).exists();
            assertThat(dir.resolve("rsa/individual_auth.p12")).exists();
            assertThat(options.password()).containsOnly('\0');
        }
    }

    @Test
    void whenOptionsAreWrong_thenParsingNamesTheProblem() {
        assertThatThrownBy(() -> DevPkiMain.Options.parse(new String[] {"--port", "http"}))
                .hasMessageContaining("--port must be a number");
        assertThatThrownBy(() -> DevPkiMain.Options.parse(new String[] {"--host", "x"}))
                .hasMessageContaining("unknown option --host");
        assertThatThrownBy(() -> DevPkiMain.Options.parse(new String[] {"--dir"}))
                .hasMessageContaining("needs a value");
    }
}

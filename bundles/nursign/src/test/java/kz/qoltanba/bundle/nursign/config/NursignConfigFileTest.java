package kz.qoltanba.bundle.nursign.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NursignConfigFileTest {
    @TempDir
    Path home;

    private final List<List<ConfigProblem>> reported = new ArrayList<>();

    @Test
    void whenNoFileExists_thenTheFirstLocationIsCreatedWithTheDefaults() throws IOException {
        NursignConfig config = configWith(Map.of("HOME", home.toString()));

        NursignSettings settings = config.current();

        Path created = home.resolve("NURSign/config/nursign.properties");
        assertThat(created).isRegularFile();
        assertThat(config.file()).isEqualTo(created);
        assertThat(settings).isEqualTo(NursignSettings.defaults());
        assertThat(reported).isEmpty();
        if (created.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(created)))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void whenTheDefaultFileIsWritten_thenItSetsAndDocumentsEveryKey() {
        String text = NursignConfigFile.defaultText();
        SettingsReader.Result result = ConfigTexts.read(text);

        assertThat(result.problems()).isEmpty();
        assertThat(result.settings()).isEqualTo(NursignSettings.defaults());
        List<String> keys = PropertiesText.parse(text).entries().stream()
                .map(PropertiesText.Entry::key)
                .toList();
        assertThat(keys)
                .containsExactlyInAnyOrder(
                        Arrays.stream(ConfigKey.values()).map(ConfigKey::key).toArray(String[]::new));
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank() && !lines.get(i).startsWith("#")) {
                int above = i - 1;
                while (above >= 0
                        && !lines.get(above).isBlank()
                        && !lines.get(above).startsWith("#")) {
                    above--;
                }
                assertThat(lines.get(above)).as("comment above " + lines.get(i)).startsWith("#");
            }
        }
    }

    @Test
    void whenOnlyTheHiddenLocationExists_thenItIsUsed() throws IOException {
        Path hidden = write(home.resolve(".NURSign/config/nursign.properties"), "lang=kk\n");

        NursignConfig config = configWith(Map.of("HOME", home.toString()));

        assertThat(config.current().lang()).isEqualTo("kk");
        assertThat(config.file()).isEqualTo(hidden);
        assertThat(home.resolve("NURSign")).doesNotExist();
    }

    @Test
    void whenBothLocationsExist_thenTheFirstWins() throws IOException {
        write(home.resolve(".NURSign/config/nursign.properties"), "lang=kk\n");
        write(home.resolve("NURSign/config/nursign.properties"), "cert_count=9\n");

        NursignSettings settings = configWith(Map.of("HOME", home.toString())).current();

        assertThat(settings.lang()).isEqualTo("ru");
        assertThat(settings.certCount()).isEqualTo(9);
    }

    @Test
    void whenNursignConfigIsSet_thenThatFileWinsOverBothLocations() throws IOException {
        write(home.resolve("NURSign/config/nursign.properties"), "cert_count=9\n");
        Path explicit = write(home.resolve("elsewhere/my.properties"), "cert_count=2\n");

        NursignConfig config = configWith(Map.of("HOME", home.toString(), "NURSIGN_CONFIG", explicit.toString()));

        assertThat(config.current().certCount()).isEqualTo(2);
        assertThat(config.file()).isEqualTo(explicit);
    }

    @Test
    void whenNursignConfigNamesAMissingFile_thenItIsCreatedWithTheDefaults() {
        Path explicit = home.resolve("new/dir/nursign.properties");

        NursignSettings settings =
                configWith(Map.of("NURSIGN_CONFIG", explicit.toString())).current();

        assertThat(explicit).isRegularFile();
        assertThat(settings).isEqualTo(NursignSettings.defaults());
    }

    @Test
    void whenHomeIsNotSet_thenUserHomeIsUsed() throws IOException {
        write(home.resolve("NURSign/config/nursign.properties"), "lang=kk\n");

        NursignConfig config =
                NursignConfig.create(Map.of(), home.toString(), Clock.systemUTC(), Duration.ZERO, reported::add);

        assertThat(config.current().lang()).isEqualTo("kk");
    }

    @Test
    void whenHomeIsSet_thenItWinsOverUserHome() {
        Path javaHome = home.resolve("java-home");

        NursignConfig config = NursignConfig.create(
                Map.of("HOME", home.toString()), javaHome.toString(), Clock.systemUTC(), Duration.ZERO, reported::add);

        assertThat(config.file()).isEqualTo(home.resolve("NURSign/config/nursign.properties"));
    }

    @Test
    void whenTheFileCannotBeRead_thenTheProblemNamesItAndTheDefaultsApply() throws IOException {
        Path directory = Files.createDirectories(home.resolve("a-directory"));

        NursignConfig config = configWith(Map.of("NURSIGN_CONFIG", directory.toString()));

        assertThat(config.current()).isEqualTo(NursignSettings.defaults());
        assertThat(reported)
                .singleElement()
                .satisfies(problems -> assertThat(problems)
                        .singleElement()
                        .extracting(ConfigProblem::toString)
                        .asString()
                        .contains(directory.toString()));
        config.current();
        assertThat(reported).hasSize(1);
    }

    private NursignConfig configWith(Map<String, String> environment) {
        return NursignConfig.create(
                environment, home.resolve("unused").toString(), Clock.systemUTC(), Duration.ZERO, reported::add);
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}

package kz.qoltanba.bridge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageFileTest {
    @TempDir
    Path home;

    @Test
    void whenNothingWasChosen_thenTheBridgeSpeaksRussian() {
        assertThat(LanguageFile.read(home)).isEqualTo(Language.RU);
    }

    @Test
    void whenTheUserChangesTheLanguage_thenTheNextStartReadsIt() {
        LanguageSetting setting = new LanguageSetting(LanguageFile.read(home));
        LanguageFile.keep(home, setting);

        setting.change(Language.KK);
        assertThat(LanguageFile.read(home)).isEqualTo(Language.KK);
        setting.change(Language.EN);
        assertThat(LanguageFile.read(home)).isEqualTo(Language.EN);
        assertThat(home.resolve("language.tmp")).doesNotExist();
    }

    @Test
    void whenTheFileSaysKz_thenItIsKazakh() throws Exception {
        Files.writeString(home.resolve("language"), " KZ\n", StandardCharsets.UTF_8);

        assertThat(LanguageFile.read(home)).isEqualTo(Language.KK);
    }

    @Test
    void whenTheFileNamesNoLanguage_thenRussianAndTheFileIsLeftAsItIs() throws Exception {
        Files.writeString(home.resolve("language"), "fr", StandardCharsets.UTF_8);

        assertThat(LanguageFile.read(home)).isEqualTo(Language.RU);
        assertThat(Files.readString(home.resolve("language"))).isEqualTo("fr");
    }

    @Test
    void whenTheHomeCannotBeWritten_thenTheChangeStillAppliesAndNothingThrows() throws Exception {
        Path notAFolder = Files.writeString(home.resolve("file"), "x");
        LanguageSetting setting = new LanguageSetting(Language.RU);
        LanguageFile.keep(notAFolder, setting);

        setting.change(Language.EN);

        assertThat(setting.current()).isEqualTo(Language.EN);
        assertThat(LanguageFile.read(notAFolder)).isEqualTo(Language.RU);
    }
}

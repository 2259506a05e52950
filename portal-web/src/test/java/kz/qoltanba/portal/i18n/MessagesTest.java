package kz.qoltanba.portal.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessagesTest {
    private final Messages messages = Messages.load(MessagesTest.class.getClassLoader());

    @Test
    void whenAKeyExistsInKazakh_thenKazakhUsersSeeIt() {
        assertThat(messages.texts(Lang.KK).t("home.title")).isEqualTo("Порталдар");
        assertThat(messages.texts(Lang.RU).t("home.title")).isEqualTo("Порталы");
    }

    @Test
    void whenAFeatureBundleIsOnTheClasspath_thenItsKeysAreLoadedToo() {
        assertThat(messages.texts(Lang.KK).t("testfeature.both")).isEqualTo("Сынақ қазақша");
        assertThat(messages.texts(Lang.RU).t("testfeature.args", "№7", "ТОО")).isEqualTo("Заявка №7 от ТОО");
    }

    @Test
    void whenAKazakhTextIsMissing_thenRussianIsShown() {
        assertThat(messages.texts(Lang.KK).t("testfeature.only")).isEqualTo("Только в тесте");
        assertThat(messages.missingInKazakh()).contains("testfeature.only").doesNotContain("home.title");
    }

    @Test
    void whenAKeyIsMissingEverywhere_thenTheGapIsVisible() {
        assertThat(messages.texts(Lang.KK).t("no.such.key")).isEqualTo("???no.such.key???");
        assertThat(messages.texts(Lang.RU).has("no.such.key")).isFalse();
    }

    @Test
    void whenTheLanguageCodeIsUnknown_thenThereIsNoLanguage() {
        assertThat(Lang.of("kk")).contains(Lang.KK);
        assertThat(Lang.of("RU")).contains(Lang.RU);
        assertThat(Lang.of("en")).isEmpty();
        assertThat(Lang.of(null)).isEmpty();
    }

    @Test
    void whenTwoBundlesDefineTheSameKey_thenLoadingNamesBoth(@TempDir Path dir) throws IOException {
        Path i18n = Files.createDirectories(dir.resolve("i18n"));
        Files.writeString(i18n.resolve("alpha_ru.properties"), "same.key=A\n");
        Files.writeString(i18n.resolve("beta_ru.properties"), "same.key=B\n");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> Messages.load(loader))
                    .hasMessageContaining("same.key")
                    .hasMessageContaining("i18n/alpha_ru.properties")
                    .hasMessageContaining("i18n/beta_ru.properties");
        }
    }

    @Test
    void whenBuiltFromMaps_thenTheFallbackIsTheSame() {
        Messages small = Messages.of(Map.of("a", "А", "b", "Б"), Map.of("a", "Ә"));

        assertThat(small.texts(Lang.KK).t("a")).isEqualTo("Ә");
        assertThat(small.texts(Lang.KK).t("b")).isEqualTo("Б");
    }
}

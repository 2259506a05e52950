package kz.qoltanba.bridge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TextsTest {
    /** Keys whose text is the same in every language (names, abbreviations). */
    private static final Set<String> SAME_EVERYWHERE = Set.of(
            "button.ok",
            "format.CMS",
            "format.XML",
            "storage.ETOKEN_72K",
            "storage.ETOKEN_5110",
            "storage.JACARTA",
            "storage.AKEY",
            "settings.configuration");

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream("messages" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void whenBundlesCompared_thenRussianAndKazakhHaveExactlyTheEnglishKeys() throws IOException {
        Set<String> english = new TreeSet<>(bundle("").stringPropertyNames());
        assertThat(new TreeSet<>(bundle("_ru").stringPropertyNames())).isEqualTo(english);
        assertThat(new TreeSet<>(bundle("_kk").stringPropertyNames())).isEqualTo(english);
    }

    @ParameterizedTest
    @EnumSource(
            value = Language.class,
            names = {"KK", "RU"})
    void whenTranslated_thenNoTextIsLeftInEnglish(Language language) throws IOException {
        Properties english = bundle("");
        Properties translated = bundle("_" + language.code());
        for (String key : english.stringPropertyNames()) {
            if (!SAME_EVERYWHERE.contains(key)) {
                assertThat(translated.getProperty(key)).as(key).isNotEqualTo(english.getProperty(key));
            }
        }
    }

    @Test
    void whenJvmDefaultLocaleIsRussian_thenEnglishTextsStayEnglish() {
        Locale previous = Locale.getDefault();
        Locale.setDefault(new Locale("ru"));
        try {
            assertThat(Texts.of(Language.EN).get("tray.exit")).isEqualTo("Exit");
            assertThat(Texts.of(Language.RU).get("tray.exit")).isEqualTo("Выход");
            assertThat(Texts.of(Language.KK).get("tray.modules")).isEqualTo("Модульдерді басқару");
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void whenWireCodesRead_thenEachLanguageIsFoundAndOthersAreNot() {
        assertThat(Language.fromCode("kk")).contains(Language.KK);
        assertThat(Language.fromCode("KZ")).contains(Language.KK);
        assertThat(Language.fromCode(" ru ")).contains(Language.RU);
        assertThat(Language.fromCode("en")).contains(Language.EN);
        assertThat(Language.fromCode("de")).isEmpty();
        assertThat(Language.fromCode(null)).isEmpty();
    }
}

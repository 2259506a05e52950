package kz.qoltanba.bundle.nursign.config;

import static kz.qoltanba.bundle.nursign.config.ConfigTexts.lines;
import static kz.qoltanba.bundle.nursign.config.ConfigTexts.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ConfigPropertiesSyntaxTest {

    @Test
    void whenColonsAreEscapedAsInTheManual_thenTheUrlsAreRead() {
        SettingsReader.Result result = read(lines(
                "allow_addresses=https\\://egzdev.ecc.kz,http\\://127.0.0.1\\:8000",
                "tsa_URL=http\\://tsp.pki.gov.kz"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.settings().allowAddresses())
                .containsExactly(URI.create("https://egzdev.ecc.kz"), URI.create("http://127.0.0.1:8000"));
        assertThat(result.settings().tsaUrl()).isEqualTo(URI.create("http://tsp.pki.gov.kz"));
    }

    @Test
    void whenAnEntryContinuesOverSeveralLines_thenLaterProblemsNameTheirRealLine() {
        SettingsReader.Result result = read(lines(
                "# comment",
                "allow_addresses=https://a.kz,\\",
                "    https://b.kz,\\",
                "    https://c.kz",
                "max_file_size=abc"));

        assertThat(result.settings().allowAddresses()).hasSize(3);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("max_file_size");
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.toString()).contains("line 5", "max_file_size", "abc");
        });
    }

    @Test
    void whenSeparatorsAreColonsOrSpaces_thenKeysAndValuesAreSplitAsJavaDoes() {
        SettingsReader.Result result = read(lines("lang : kk", "cert_count 7", "  usehttp\t=\tY"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.settings().lang()).isEqualTo("kk");
        assertThat(result.settings().certCount()).isEqualTo(7);
        assertThat(result.settings().useHttp()).isTrue();
    }

    @Test
    void whenACommentLineEndsWithABackslash_thenTheNextLineIsStillAnEntry() {
        SettingsReader.Result result = read(lines("# a comment \\", "lang=kk"));

        assertThat(result.settings().lang()).isEqualTo("kk");
    }

    @Test
    void whenAUnicodeEscapeIsMalformed_thenTheLineIsReportedAndIgnored() {
        SettingsReader.Result result = read(lines("lang=kk", "auth_login=\\u04zz", "cert_count=3"));

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("auth_login");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("\\uxxxx");
        });
        assertThat(result.settings().certCount()).isEqualTo(3);
    }

    @Test
    void whenTheTextIsTricky_thenEntriesEqualWhatJavaPropertiesReads() throws IOException {
        String text =
                "a\\ b=c\\\\\\\n   d\r\n! bang\r#x=y\\\n e\\=f:g\\u0410\\t\n" + "h = \\\\\n i\\\n\n j=k\\\nlast\\";
        Properties expected = new Properties();
        expected.load(new StringReader(text));

        Map<String, String> actual = new LinkedHashMap<>();
        PropertiesText.parse(text).entries().forEach(e -> actual.put(e.key(), e.value()));

        Map<String, String> java = new LinkedHashMap<>();
        expected.stringPropertyNames().forEach(k -> java.put(k, expected.getProperty(k)));
        assertThat(actual).isEqualTo(java);
    }

    @Test
    void whenTheFileStartsWithAByteOrderMark_thenTheFirstKeyIsStillKnown() {
        byte[] bytes = "\uFEFFlang=kk\r\n".getBytes(StandardCharsets.UTF_8);

        SettingsReader.Result result = read(NursignConfigFile.decode(bytes));

        assertThat(result.problems()).isEmpty();
        assertThat(result.settings().lang()).isEqualTo("kk");
    }

    @Test
    void whenTheFileIsNotUtf8_thenItIsReadAsIso88591() {
        byte[] bytes = "auth_login=caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(NursignConfigFile.decode(bytes)).isEqualTo("auth_login=caf\u00e9\n");
    }
}

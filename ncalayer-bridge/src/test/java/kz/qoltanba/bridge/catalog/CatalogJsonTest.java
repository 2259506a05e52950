package kz.qoltanba.bridge.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogJsonTest {
    private static final String SHA = "ab".repeat(32);
    private final CatalogJson json = new CatalogJson();

    private Catalog read(String text) throws MalformedCatalogException {
        return json.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String module(String extra) {
        return "{\"format\":1,\"issued\":\"2026-11-01T00:00:00Z\",\"modules\":[{\"symbolicName\":\"kz.a\","
                + "\"names\":{\"ru\":\"А\"},\"version\":\"1.2.3\",\"url\":\"https://x.kz/a.jar\",\"sha256\":\"" + SHA
                + "\"" + extra + "}]}";
    }

    @Test
    void whenCatalogIsWrittenAndRead_thenEveryFieldSurvives() throws Exception {
        CatalogEntry entry = new CatalogEntry(
                "kz.a",
                Map.of("ru", "А", "kk", "Ә", "en", "A"),
                "1.2.3",
                URI.create("https://x.kz/a.jar"),
                SHA,
                true,
                true);
        Catalog catalog = new Catalog(
                Instant.parse("2026-11-01T00:00:00Z"), Optional.of(URI.create("https://x.kz/n.der")), List.of(entry));

        assertThat(json.read(json.write(catalog))).isEqualTo(catalog);
    }

    @Test
    void whenFlagsAreAbsent_thenTheyAreFalse() throws Exception {
        CatalogEntry entry = read(module("")).modules().get(0);

        assertThat(entry.required()).isFalse();
        assertThat(entry.hidden()).isFalse();
        assertThat(entry.name("kk")).isEqualTo("kz.a");
    }

    @Test
    void whenCatalogBreaksTheSchema_thenTheMessageNamesTheField() {
        assertThatThrownBy(() -> read(module(",\"required\":\"yes\"")))
                .isInstanceOf(MalformedCatalogException.class)
                .hasMessageContaining("'required'");
        assertThatThrownBy(() -> read(module(",\"sha256\":\"" + SHA + "\"")))
                .isInstanceOf(MalformedCatalogException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> read(module("").replace(SHA, SHA.toUpperCase())))
                .hasMessageContaining("sha256");
        assertThatThrownBy(() -> read(module("").replace("https://x.kz/a.jar", "file:///etc/a.jar")))
                .hasMessageContaining("absolute http(s) URL");
        assertThatThrownBy(() -> read(module("").replace("\"format\":1", "\"format\":2")))
                .hasMessageContaining("'format'");
        assertThatThrownBy(() -> read(module("").replace("1.2.3", "one"))).hasMessageContaining("not an OSGi version");
        assertThatThrownBy(() -> read(module("").replace("\"ru\"", "\"de\""))).hasMessageContaining("ru, kk and en");
    }

    @Test
    void whenModuleIsListedTwice_thenCatalogIsRefused() {
        String twice = module("")
                .replace(
                        "}]}",
                        "},{\"symbolicName\":\"kz.a\",\"names\":{},\"version\":\"1\","
                                + "\"url\":\"https://x.kz/b.jar\",\"sha256\":\"" + SHA + "\"}]}");

        assertThatThrownBy(() -> read(twice)).hasMessageContaining("twice");
    }
}

package kz.qoltanba.bridge.origin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RememberedOriginsTest {
    @TempDir
    Path home;

    private static Origin origin(String value) {
        return Origin.parse(value).orElseThrow();
    }

    @Test
    void whenRemembered_thenAnotherLoadOfTheFileKnowsTheOriginOnce() throws Exception {
        Path file = home.resolve(RememberedOrigins.FILE_NAME);
        RememberedOrigins first = RememberedOrigins.load(file);

        first.remember(origin("https://Shop.Example.com:443/"));
        first.remember(origin("https://shop.example.com"));

        assertThat(Files.readAllLines(file)).containsExactly("https://shop.example.com");
        assertThat(RememberedOrigins.load(file).contains(origin("https://shop.example.com")))
                .isTrue();
    }

    @Test
    void whenTheFileHoldsAPlainHttpOrAMalformedLine_thenOnlyHttpsOriginsAreRead() throws Exception {
        Path file = Files.writeString(
                home.resolve(RememberedOrigins.FILE_NAME),
                "# allowed always\nhttp://plain.example.com\nnot an origin\nhttps://ok.example.com\n");

        RememberedOrigins loaded = RememberedOrigins.load(file);

        assertThat(loaded.contains(origin("https://ok.example.com"))).isTrue();
        assertThat(loaded.contains(origin("http://plain.example.com"))).isFalse();
    }

    @Test
    void whenNoFileYet_thenNothingIsRemembered() {
        assertThat(RememberedOrigins.load(home.resolve("absent")).contains(origin("https://a.example.com")))
                .isFalse();
    }
}

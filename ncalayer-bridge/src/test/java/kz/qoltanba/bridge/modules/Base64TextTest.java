package kz.qoltanba.bridge.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Base64TextTest {
    private static final byte[] HELLO = "hello, қолтаңба".getBytes(StandardCharsets.UTF_8);
    private static final String ENCODED = java.util.Base64.getEncoder().encodeToString(HELLO);

    @Test
    void whenTextHasNoWhitespace_thenItIsDecodedAsIs() {
        assertThat(Base64Text.decode(ENCODED)).hasValue(HELLO);
        assertThat(Base64Text.withoutWhitespace(ENCODED)).isSameAs(ENCODED);
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "\t", "\n", "\u000B", "\f", "\r", "\r\n", "  \n\t"})
    void whenWhitespaceIsAnywhere_thenItIsIgnored(String space) {
        String spread = space
                + ENCODED.substring(0, 4)
                + space
                + ENCODED.substring(4, 9)
                + space
                + ENCODED.substring(9)
                + space;

        assertThat(Base64Text.decode(spread)).hasValue(HELLO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"aGVsbG8*", "aGVs bG8\u00A0", "aGVsbG8\u2028", "a", "aGVsbG8=x", "%%%%"})
    void whenTextHasAnyOtherCharacterOrBadLength_thenItIsRefused(String text) {
        assertThat(Base64Text.decode(text)).isEmpty();
    }

    @Test
    void whenTextIsEmptyOrOnlyWhitespace_thenItIsNoBytes() {
        assertThat(Base64Text.decode("")).hasValue(new byte[0]);
        assertThat(Base64Text.decode(" \r\n")).hasValue(new byte[0]);
    }
}

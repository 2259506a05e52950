package kz.qoltanba.portal.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void whenKeysAreUnordered_thenTheyAreSortedByUtf16CodeUnits() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("b", 1);
        map.put("a", Map.of("z", true, "y", "x"));
        map.put("\u20ac", "euro");
        map.put("\r", "cr");

        assertThat(CanonicalJson.text(map))
                .isEqualTo("{\"\\r\":\"cr\",\"a\":{\"y\":\"x\",\"z\":true},\"b\":1,\"€\":\"euro\"}");
    }

    @Test
    void whenStringsHoldControlAndNonAsciiCharacters_thenOnlyJcsEscapesAreUsed() {
        assertThat(CanonicalJson.text("Қ/\"\\\u0001\n")).isEqualTo("\"Қ/\\\"\\\\\\u0001\\n\"");
    }

    @Test
    void whenListsAndNullsAreGiven_thenWrittenWithoutWhitespace() {
        assertThat(CanonicalJson.text(Arrays.asList(1, null, "a", false))).isEqualTo("[1,null,\"a\",false]");
    }

    @Test
    void whenAFractionIsGiven_thenRefusedWithThePath() {
        assertThatThrownBy(() -> CanonicalJson.text(Map.of("price", 1.5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("$.price");
    }

    @Test
    void whenAnIntegerIsBeyondTwoToThe53_thenRefused() {
        assertThatThrownBy(() -> CanonicalJson.text(1L << 54)).hasMessageContaining("2^53");
    }
}

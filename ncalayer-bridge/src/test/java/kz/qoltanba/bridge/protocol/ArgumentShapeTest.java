package kz.qoltanba.bridge.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class ArgumentShapeTest {
    private final ArgumentShape shape = new ArgumentShape();
    private final ObjectMapper json = new ObjectMapper();

    private ObjectNode request(String text) throws Exception {
        return (ObjectNode) json.readTree(text);
    }

    @Test
    void whenCommonUtilsHasNoArgs_thenEmptyArrayIsFilledIn() throws Exception {
        ObjectNode request = request("{\"module\":\"kz.gov.pki.knca.commonUtils\",\"method\":\"getActiveTokens\"}");

        boolean filled = shape.fillMissingArgs(ModuleNames.COMMON_UTILS, request);

        assertThat(filled).isTrue();
        assertThat(request.get("args").isArray()).isTrue();
        assertThat(request.get("args")).isEmpty();
        assertThat(shape.check(ModuleNames.COMMON_UTILS, request)).isEmpty();
    }

    @Test
    void whenCommonUtilsArgsIsNotAnArray_thenArgumentTypeMismatchNamingTheMethod() throws Exception {
        ObjectNode request = request("{\"method\":\"getKeyInfo\",\"args\":\"PKCS12\"}");

        assertThat(json.writeValueAsString(
                        shape.check(ModuleNames.COMMON_UTILS, request).orElseThrow()))
                .isEqualTo("{\"code\":\"500\",\"message\":\"argument type mismatch. Method: getKeyInfo\"}");
    }

    @Test
    void whenBasicsArgsIsNotAnObject_thenInvocationError() throws Exception {
        ObjectNode request = request("{\"method\":\"sign\",\"args\":[1]}");

        ObjectNode error = shape.check(ModuleNames.BASICS, request).orElseThrow();

        assertThat(error.path("status").asBoolean(true)).isFalse();
        assertThat(error.path("code").asText()).isEqualTo("INVOCATION_ERROR");
        assertThat(shape.fillMissingArgs(ModuleNames.BASICS, request("{\"method\":\"sign\"}")))
                .isFalse();
    }

    @Test
    void whenArgsHaveTheRightShape_thenNoError() throws Exception {
        assertThat(shape.check(ModuleNames.BASICS, request("{\"args\":{}}"))).isEmpty();
        assertThat(shape.check(ModuleNames.COMMON_UTILS, request("{\"args\":[]}")))
                .isEmpty();
        assertThat(shape.check("other", request("{\"args\":7}"))).isEmpty();
    }
}

package kz.qoltanba.bridge.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class CorrelationTest {
    private final Correlation correlation = new Correlation();
    private final ObjectMapper json = new ObjectMapper();

    private ObjectNode request(String text) throws Exception {
        return (ObjectNode) json.readTree(text);
    }

    @Test
    void whenRequestCarriesUuidAndId_thenBothAreEchoedWithTheirTypes() throws Exception {
        String answer =
                correlation.echo(request("{\"module\":\"m\",\"uuid\":\"a-b\",\"id\":42}"), "m", "{\"code\":\"200\"}");

        assertThat(json.readTree(answer)).isEqualTo(json.readTree("{\"code\":\"200\",\"uuid\":\"a-b\",\"id\":42}"));
    }

    @Test
    void whenRequestCarriesNoCorrelation_thenAnswerIsUnchangedText() throws Exception {
        assertThat(correlation.echo(request("{\"module\":\"m\"}"), "m", "{\"a\" : 1}"))
                .isEqualTo("{\"a\" : 1}");
    }

    @Test
    void whenAccessoryGetBundles_thenNoEchoButOtherAccessoryMethodsEcho() throws Exception {
        String bundles = correlation.echo(
                request("{\"module\":\"" + ModuleNames.ACCESSORY + "\",\"method\":\"getBundles\",\"uuid\":\"u\"}"),
                ModuleNames.ACCESSORY,
                "{\"a\":\"1.0\"}");
        String services = correlation.echo(
                request("{\"module\":\"" + ModuleNames.ACCESSORY + "\",\"method\":\"getServices\",\"uuid\":\"u\"}"),
                ModuleNames.ACCESSORY,
                "{\"services\":[]}");

        assertThat(bundles).isEqualTo("{\"a\":\"1.0\"}");
        assertThat(json.readTree(services).path("uuid").asText()).isEqualTo("u");
    }

    @Test
    void whenAnswerIsNotAnObject_thenItIsLeftAlone() throws Exception {
        assertThat(correlation.echo(request("{\"uuid\":\"u\"}"), "m", "[1]")).isEqualTo("[1]");
    }
}

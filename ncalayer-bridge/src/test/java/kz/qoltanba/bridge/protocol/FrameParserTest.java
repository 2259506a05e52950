package kz.qoltanba.bridge.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrameParserTest {
    private final FrameParser parser = new FrameParser();

    @Test
    void whenFrameIsExactlyHeartbeat_thenHeartbeat() {
        assertThat(parser.parse("--heartbeat--")).isInstanceOf(IncomingFrame.Heartbeat.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "{", "[]", "1", "null", "{\"module\":1}", "{\"module\":[]}", "{} {}"})
    void whenFrameIsNotAnObjectWithStringModule_thenMalformed(String frame) {
        assertThat(parser.parse(frame)).isInstanceOf(IncomingFrame.Malformed.class);
    }

    @Test
    void whenObjectHasNoModule_thenLegacy() {
        assertThat(parser.parse("{\"method\":\"browseKeyStore\"}")).isInstanceOf(IncomingFrame.Legacy.class);
    }

    @Test
    void whenObjectNamesModule_thenModuleCallWithMethodOrType() {
        var call = (IncomingFrame.ModuleCall) parser.parse("{\"module\":\"NURSign\",\"type\":\"xml\"}");
        var basics = (IncomingFrame.ModuleCall) parser.parse("{\"module\":\"m\",\"method\":\"sign\",\"type\":\"t\"}");

        assertThat(call.module()).isEqualTo("NURSign");
        assertThat(call.methodForAudit()).isEqualTo("xml");
        assertThat(basics.methodForAudit()).isEqualTo("sign");
    }
}

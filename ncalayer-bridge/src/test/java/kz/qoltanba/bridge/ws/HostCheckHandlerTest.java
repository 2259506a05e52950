package kz.qoltanba.bridge.ws;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostCheckHandlerTest {
    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, true",
        "127.0.0.1:13579, true",
        "localhost:13579, true",
        "LocalHost, true",
        "[::1]:13579, true",
        "[::1], true",
        "127.0.0.1:13580, false",
        "evil.example:13579, false",
        "127.0.0.1.evil.example, false",
        "localhost.evil, false",
        "[::2], false",
        "::1, false",
        "127.0.0.2, false",
    })
    void whenHostHeaderIsChecked_thenOnlyLoopbackNamesOnOurPortPass(String host, boolean allowed) {
        assertThat(HostCheckHandler.isLoopbackHost(host, 13579)).isEqualTo(allowed);
    }
}

package kz.qoltanba.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import kz.qoltanba.signing.tsp.TsaProxy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProxyKeysTest {
    @TempDir
    Path home;

    private BridgeConfig load(Map<String, String> env, Properties system) throws ConfigException {
        return new BridgeConfigLoader(env, system)
                .load(new CommandLineSettings(home, null, List.of(), null, List.of(), false, null, null, null));
    }

    private void writeFile(String content) throws IOException {
        Files.writeString(home.resolve("bridge.properties"), content);
    }

    @Test
    void whenNoProxyKeyIsSet_thenNoProxy() throws Exception {
        assertThat(load(Map.of(), new Properties()).proxy()).isEmpty();
    }

    @Test
    void whenHostAndPortInFile_thenProxyWithoutCredentials() throws Exception {
        writeFile("proxy.host=proxy.corp.kz\nproxy.port=3128\n");

        HttpProxy proxy = load(Map.of(), new Properties()).proxy().orElseThrow();

        assertThat(proxy).isEqualTo(new HttpProxy("proxy.corp.kz", 3128, Optional.empty(), Optional.empty()));
        assertThat(proxy.tsaProxy(Map.of())).isEqualTo(TsaProxy.of("proxy.corp.kz", 3128));
    }

    @Test
    void whenLayersDisagree_thenSystemPropertyBeatsEnvironmentBeatsFile() throws Exception {
        writeFile("proxy.host=file.example\nproxy.port=1\n");
        Properties system = new Properties();
        system.setProperty("qoltanba.proxy.port", "8080");

        HttpProxy proxy = load(Map.of("QOLTANBA_PROXY_HOST", "env.example", "QOLTANBA_PROXY_PORT", "2"), system)
                .proxy()
                .orElseThrow();

        assertThat(proxy.host()).isEqualTo("env.example");
        assertThat(proxy.port()).isEqualTo(8080);
    }

    @Test
    void whenUserAndPasswordVariable_thenTsaProxyCarriesThePasswordFromTheEnvironment() throws Exception {
        writeFile("proxy.host=10.0.0.1\nproxy.port=3128\nproxy.user=alice\nproxy.password.env=CORP_PROXY_PW\n");
        Map<String, String> env = Map.of("CORP_PROXY_PW", "s3cret");

        HttpProxy proxy = load(env, new Properties()).proxy().orElseThrow();
        TsaProxy tsa = proxy.tsaProxy(env);

        assertThat(proxy.user()).contains("alice");
        assertThat(proxy.passwordEnv()).contains("CORP_PROXY_PW");
        assertThat(proxy.toString()).doesNotContain("s3cret");
        assertThat(tsa.username()).isEqualTo("alice");
        assertThat(tsa.password()).containsExactly("s3cret".toCharArray());
    }

    @Test
    void whenSelectorAsked_thenEveryUrlGoesThroughTheProxy() throws Exception {
        writeFile("proxy.host=127.0.0.1\nproxy.port=3128\n");

        List<Proxy> chosen = load(Map.of(), new Properties())
                .proxy()
                .orElseThrow()
                .selector()
                .select(URI.create("https://catalog.example.kz/ncalayer.der"));

        assertThat(chosen).hasSize(1);
        assertThat(chosen.get(0).type()).isEqualTo(Proxy.Type.HTTP);
        assertThat(((InetSocketAddress) chosen.get(0).address()).getPort()).isEqualTo(3128);
    }

    @Test
    void whenPasswordIsInTheFile_thenRefusedPointingToTheVariableKey() throws Exception {
        writeFile("proxy.host=h\nproxy.port=1\nproxy.user=u\nproxy.password=s3cret\n");

        assertThatThrownBy(() -> load(Map.of(), new Properties()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'proxy.password'")
                .hasMessageContaining("proxy.password.env")
                .hasMessageNotContaining("s3cret");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "proxy.host=h                                              | 'proxy.host' = 'h'        | needs proxy.port",
                "proxy.port=3128                                           | 'proxy.port' = '3128'     | needs proxy.host",
                "proxy.host=h\\nproxy.port=0                               | 'proxy.port' = '0'        | between 1 and 65535",
                "proxy.host=h\\nproxy.port=65536                           | 'proxy.port' = '65536'    | between 1 and 65535",
                "proxy.host=h\\nproxy.port=x                               | 'proxy.port' = 'x'        | not a whole number",
                "proxy.host=http://h\\nproxy.port=1                        | 'proxy.host'              | without scheme",
                "proxy.host=h:3128\\nproxy.port=1                          | 'proxy.host'              | without scheme",
                "proxy.host=h\\nproxy.port=1\\nproxy.user=u                | 'proxy.user' = 'u'        | needs proxy.password.env",
                "proxy.host=h\\nproxy.port=1\\nproxy.password.env=V        | 'proxy.password.env'      | needs proxy.user",
                "proxy.user=u                                              | 'proxy.user'              | needs proxy.host",
                "proxy.host=h\\nproxy.port=1\\nproxy.user=u\\nproxy.password.env=UNSET_PW | 'proxy.password.env' = 'UNSET_PW' | not set",
                "proxy.host=h\\nproxy.port=1\\nproxy.user=u\\nproxy.password.env=A-B      | 'proxy.password.env' | name of an environment variable",
            })
    void whenProxyKeysAreInconsistent_thenTheMessageNamesTheKey(String file, String key, String problem)
            throws Exception {
        writeFile(file.replace("\\n", "\n"));

        assertThatThrownBy(() -> load(Map.of(), new Properties()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(key)
                .hasMessageContaining(problem);
    }
}

package kz.qoltanba.bundle.nursign.config;

import static kz.qoltanba.bundle.nursign.config.ConfigTexts.lines;
import static kz.qoltanba.bundle.nursign.config.ConfigTexts.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import kz.qoltanba.bundle.nursign.config.ProxySettings.ProxyAuthentication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigProxyTest {
    private static final String PROXY = lines("use_proxy=Y", "proxy_host=proxy.corp.test", "proxy_port=3128");

    @Test
    void whenUseProxyIsNWithEmptyHostAndPort_thenThereIsNoProxyAndNoProblem() {
        SettingsReader.Result result = read(lines("use_proxy=N", "proxy_host=", "proxy_port="));

        assertThat(result.problems()).isEmpty();
        assertThat(result.settings().proxy()).isEmpty();
    }

    @Test
    void whenUseProxyIsY_thenTheProxyIsUsedWithoutAuthentication() {
        ProxySettings proxy = read(PROXY).settings().proxy().orElseThrow();

        assertThat(proxy.host()).isEqualTo("proxy.corp.test");
        assertThat(proxy.port()).isEqualTo(3128);
        assertThat(proxy.authentication()).isEqualTo(ProxyAuthentication.NONE);
        assertThat(proxy.password()).isEmpty();
    }

    @Test
    void whenUseAuthIsY_thenBasicIsUsedAndThePasswordInTheFileIsFlaggedWithoutItsValue() {
        SettingsReader.Result result = read(PROXY + lines("use_auth=Y", "auth_login=ivanov", "auth_pass=S3cret!"));

        ProxySettings proxy = result.settings().proxy().orElseThrow();
        assertThat(proxy.authentication()).isEqualTo(ProxyAuthentication.BASIC);
        assertThat(proxy.login()).isEqualTo("ivanov");
        assertThat(proxy.password()).containsExactly("S3cret!".toCharArray());
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("auth_pass");
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("NURSIGN_PROXY_PASSWORD").doesNotContain("S3cret");
        });
    }

    @Test
    void whenThePasswordVariableIsSet_thenItWinsOverTheFile() {
        SettingsReader.Result result = read(
                PROXY + lines("use_auth=Y", "auth_login=ivanov", "auth_pass=old"),
                Map.of("NURSIGN_PROXY_PASSWORD", "fromEnv"));

        assertThat(result.settings().proxy().orElseThrow().password()).containsExactly("fromEnv".toCharArray());
        assertThat(result.problems())
                .singleElement()
                .extracting(ConfigProblem::message)
                .asString()
                .contains("ignored")
                .doesNotContain("old", "fromEnv");
    }

    @Test
    void whenOnlyThePasswordVariableIsSet_thenItIsUsedWithoutAProblem() {
        SettingsReader.Result result =
                read(PROXY + lines("use_auth=Y", "auth_login=ivanov"), Map.of("NURSIGN_PROXY_PASSWORD", "fromEnv"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.settings().proxy().orElseThrow().password()).containsExactly("fromEnv".toCharArray());
    }

    @Test
    void whenUseNtlmIsY_thenNtlmIsUsedWithTheDomainLogin() {
        SettingsReader.Result result =
                read(PROXY + lines("use_ntlm=Y", "auth_login=CORP\\\\ivanov"), Map.of("NURSIGN_PROXY_PASSWORD", "pw"));

        ProxySettings proxy = result.settings().proxy().orElseThrow();
        assertThat(proxy.authentication()).isEqualTo(ProxyAuthentication.NTLM);
        assertThat(proxy.login()).isEqualTo("CORP\\ivanov");
    }

    @Test
    void whenUseProxyIsYWithoutAHost_thenItIsReportedAndThereIsStillNoProxy() {
        SettingsReader.Result result = read(lines("use_proxy=Y", "proxy_port=3128"));

        assertThat(result.settings().proxy()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("use_proxy");
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("proxy_host", "no proxy");
        });
    }

    @Test
    void whenTheProxyBecomesIncomplete_thenTheLastGoodProxyIsKept() {
        SettingsReader.Result first = read(PROXY);

        SettingsReader.Result second =
                ConfigTexts.reread(first, lines("use_proxy=Y", "proxy_host=other.test", "proxy_port="));

        assertThat(second.settings().proxy()).isEqualTo(first.settings().proxy());
        assertThat(second.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("proxy_port");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("proxy.corp.test:3128");
        });
    }

    @Test
    void whenUseAuthIsYWithoutALogin_thenItIsReported() {
        SettingsReader.Result result = read(PROXY + lines("use_auth=Y"));

        assertThat(result.settings().proxy()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("use_auth");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("auth_login");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1", "proxy-1.corp.test", "::1", "[fd00::1]", "PROXY"})
    void whenTheProxyHostIsANameOrAddress_thenItIsAccepted(String host) {
        SettingsReader.Result result = read(lines("use_proxy=Y", "proxy_host=" + host, "proxy_port=8080"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.settings().proxy().orElseThrow().host()).isEqualTo(host);
    }

    @Test
    void whenTheProxyHostCarriesAPort_thenTheMessageSaysWhereThePortGoes() {
        SettingsReader.Result result = read(lines("proxy_host=proxy.corp.test:3128"));

        assertThat(result.problems())
                .singleElement()
                .extracting(ConfigProblem::message)
                .asString()
                .contains("proxy_port");
    }
}

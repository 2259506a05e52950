package kz.qoltanba.bundle.nursign.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.HttpRetryException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import kz.qoltanba.bundle.nursign.config.ProxySettings;
import kz.qoltanba.bundle.nursign.config.ProxySettings.ProxyAuthentication;
import org.junit.jupiter.api.Test;

/** The sentences a transport failure becomes: the URL and the proxy named, the password never. */
class ProxyFailureTextTest {
    private static final URI HTTPS = URI.create("https://portal.example.kz/upload");
    private static final URI HTTP = URI.create("http://portal.example.kz/upload");

    @Test
    void whenTheTunnelIsRefusedWith407_thenTheProxyAndLoginAreNamedButNotThePassword() {
        String text = text(ProxyAuthentication.NTLM, "DOM\\user")
                .explain(
                        HTTPS,
                        new IOException(
                                "Unable to tunnel through proxy. Proxy returns \"HTTP/1.1 407 Proxy Authentication Required\""));

        assertThat(text)
                .isEqualTo("the proxy proxy.local:3128 refused the NTLM credentials of 'DOM\\user' for " + HTTPS
                        + " (HTTP 407); check auth_login and auth_pass")
                .doesNotContain("pa55");
    }

    @Test
    void whenBasicIsRefusedForAnHttpsTunnelAndTheRuntimeDisablesIt_thenTheSystemPropertyIsNamed() {
        String key = FailureText.TUNNELING_DISABLED_SCHEMES;
        FailureText basicDisabled = text(ProxyAuthentication.BASIC, "user", "Basic");

        assertThat(basicDisabled.explain(HTTPS, new ProxyRefusedException(407)))
                .contains("refused the BASIC credentials of 'user'")
                .contains("start the host with -D" + key + "=");
        assertThat(basicDisabled.explain(HTTP, new ProxyRefusedException(407))).doesNotContain(key);
        assertThat(text(ProxyAuthentication.BASIC, "user", "").explain(HTTPS, new ProxyRefusedException(407)))
                .doesNotContain(key);
    }

    @Test
    void whenBasicIsListedOrTheDefaultApplies_thenBasicCountsAsDisabledForTunnels() {
        assertThat(FailureText.basicDisabledForTunnels(null)).isTrue();
        assertThat(FailureText.basicDisabledForTunnels("Digest, basic")).isTrue();
        assertThat(FailureText.basicDisabledForTunnels("")).isFalse();
        assertThat(FailureText.basicDisabledForTunnels("Digest")).isFalse();
    }

    @Test
    void whenTheProxyWantsCredentialsButNoneAreConfigured_thenTheKeysToSetAreNamed() {
        assertThat(text(ProxyAuthentication.NONE, null).explain(HTTP, new ProxyRefusedException(407)))
                .isEqualTo("the proxy proxy.local:3128 requires authentication for " + HTTP
                        + " (HTTP 407); set use_auth=Y or use_ntlm=Y with auth_login and auth_pass");
    }

    @Test
    void whenTheProxyAsksAgainDuringAStreamedBody_thenTheMessageSaysSo() {
        assertThat(text(ProxyAuthentication.NTLM, "user")
                        .explain(
                                HTTP,
                                new HttpRetryException(
                                        "cannot retry due to proxy authentication, in streaming mode", 407)))
                .contains("asked for authentication again while the request to " + HTTP + " was being streamed");
    }

    @Test
    void whenTheConnectionFails_thenTheProxyOrTheTargetIsNamed() {
        FailureText viaProxy = text(ProxyAuthentication.NONE, null);
        FailureText direct = new FailureText(Optional.empty(), Duration.ofSeconds(3), Duration.ofSeconds(9), "");

        assertThat(viaProxy.explain(HTTP, new ConnectException("Connection refused")))
                .isEqualTo("cannot connect to the proxy proxy.local:3128 for " + HTTP + ": Connection refused");
        assertThat(direct.explain(HTTP, new ConnectException("Connection refused")))
                .isEqualTo("cannot connect to " + HTTP + ": Connection refused");
        assertThat(direct.explain(HTTP, new UnknownHostException("portal.example.kz")))
                .isEqualTo("cannot resolve the host portal.example.kz for " + HTTP);
        assertThat(direct.explain(HTTP, new SocketTimeoutException("Read timed out")))
                .isEqualTo("no answer from " + HTTP + " within 3000 ms (connect) / 9000 ms (read)");
    }

    private static FailureText text(ProxyAuthentication authentication, String login) {
        return text(authentication, login, "");
    }

    private static FailureText text(ProxyAuthentication authentication, String login, String disabledSchemes) {
        ProxySettings proxy = new ProxySettings("proxy.local", 3128, authentication, login, "pa55".toCharArray());
        return new FailureText(Optional.of(proxy), Duration.ofSeconds(3), Duration.ofSeconds(9), disabledSchemes);
    }
}

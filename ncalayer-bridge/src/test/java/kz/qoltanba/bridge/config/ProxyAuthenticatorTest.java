package kz.qoltanba.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Authenticator;
import java.net.Authenticator.RequestorType;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The download authenticator gives the configured proxy's credentials to that proxy and nobody else. */
class ProxyAuthenticatorTest {
    private static final Map<String, String> ENV = Map.of("PROXY_PW", "s3cret");
    private final HttpProxy proxy = new HttpProxy("proxy.corp.kz", 3128, Optional.of("alice"), Optional.of("PROXY_PW"));

    private static PasswordAuthentication ask(Authenticator auth, String host, int port, RequestorType type)
            throws Exception {
        return auth.requestPasswordAuthenticationInstance(
                host,
                null,
                port,
                "http",
                "realm",
                "Basic",
                URI.create("http://modules.example/x.jar").toURL(),
                type);
    }

    @Test
    void whenTheConfiguredProxyChallenges_thenTheUserAndThePasswordFromTheEnvironmentAreGiven() throws Exception {
        PasswordAuthentication answer =
                ask(proxy.authenticator(ENV).orElseThrow(), "PROXY.corp.kz", 3128, RequestorType.PROXY);

        assertThat(answer.getUserName()).isEqualTo("alice");
        assertThat(answer.getPassword()).containsExactly('s', '3', 'c', 'r', 'e', 't');
    }

    @Test
    void whenAnOriginServerOrAnotherProxyChallenges_thenNothingIsGiven() throws Exception {
        Authenticator auth = proxy.authenticator(ENV).orElseThrow();

        assertThat(ask(auth, "proxy.corp.kz", 3128, RequestorType.SERVER)).isNull();
        assertThat(ask(auth, "proxy.corp.kz", 8080, RequestorType.PROXY)).isNull();
        assertThat(ask(auth, "evil.example", 3128, RequestorType.PROXY)).isNull();
    }

    @Test
    void whenThePasswordVariableIsGone_thenNothingIsGiven() throws Exception {
        assertThat(ask(proxy.authenticator(Map.of()).orElseThrow(), "proxy.corp.kz", 3128, RequestorType.PROXY))
                .isNull();
    }

    @Test
    void whenNoUserIsConfigured_thenThereIsNoAuthenticator() {
        assertThat(new HttpProxy("proxy.corp.kz", 3128, Optional.empty(), Optional.empty()).authenticator(ENV))
                .isEmpty();
    }

    @Test
    void whenTunnelingSchemesAreUnset_thenBasicIsAllowedButAnExplicitChoiceStands() {
        Properties unset = new Properties();
        Properties explicit = new Properties();
        explicit.setProperty(HttpProxy.TUNNELING_DISABLED_SCHEMES, "Basic,Digest");

        HttpProxy.allowBasicForTunnels(unset);
        HttpProxy.allowBasicForTunnels(explicit);

        assertThat(unset.getProperty(HttpProxy.TUNNELING_DISABLED_SCHEMES)).isEmpty();
        assertThat(explicit.getProperty(HttpProxy.TUNNELING_DISABLED_SCHEMES)).isEqualTo("Basic,Digest");
    }
}

package kz.qoltanba.bundle.nursign.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Authenticator;
import java.net.Authenticator.RequestorType;
import java.net.PasswordAuthentication;
import org.junit.jupiter.api.Test;

/** The per-operation authenticator answers the configured proxy only, and only a limited number of times. */
class ProxyCredentialsTest {
    private final Authenticator credentials =
            new ProxyCredentials("Proxy.Local", 3128, "DOM\\user", "pa55".toCharArray(), 2);

    @Test
    void whenTheConfiguredProxyAsks_thenItGetsTheLoginAndPassword() {
        PasswordAuthentication answer = ask("proxy.local", 3128, RequestorType.PROXY);
        assertThat(answer.getUserName()).isEqualTo("DOM\\user");
        assertThat(answer.getPassword()).containsExactly('p', 'a', '5', '5');
    }

    @Test
    void whenAServerOrAnotherProxyAsks_thenItGetsNothing() {
        assertThat(ask("proxy.local", 3128, RequestorType.SERVER)).isNull();
        assertThat(ask("proxy.local", 8080, RequestorType.PROXY)).isNull();
        assertThat(ask("evil.example", 3128, RequestorType.PROXY)).isNull();
    }

    @Test
    void whenTheProxyKeepsAsking_thenTheAnswersStopAfterTheLimit() {
        assertThat(ask("proxy.local", 3128, RequestorType.PROXY)).isNotNull();
        assertThat(ask("proxy.local", 3128, RequestorType.PROXY)).isNotNull();
        assertThat(ask("proxy.local", 3128, RequestorType.PROXY)).isNull();
    }

    @Test
    void whenNoCredentialsAreConfigured_thenNobodyGetsAnAnswer() {
        PasswordAuthentication answer = ProxyCredentials.none()
                .requestPasswordAuthenticationInstance(
                        "proxy.local", null, 3128, "http", "realm", "Basic", null, RequestorType.PROXY);
        assertThat(answer).isNull();
    }

    private PasswordAuthentication ask(String host, int port, RequestorType type) {
        return credentials.requestPasswordAuthenticationInstance(host, null, port, "http", "realm", "NTLM", null, type);
    }
}

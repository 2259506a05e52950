package kz.qoltanba.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {
    @Test
    void whenTheBridgeUrlIsConfigured_thenOnlyItsOriginIsAllowedBesidesSelf() {
        SecurityHeaders headers = new SecurityHeaders(URI.create("wss://127.0.0.1:13579/"));

        String csp = headers.values().get("Content-Security-Policy");
        assertThat(csp)
                .contains("default-src 'self'")
                .contains("connect-src 'self' wss://127.0.0.1:13579;")
                .contains("frame-ancestors 'none'")
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(headers.values())
                .containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("X-Frame-Options", "DENY")
                .containsEntry("Referrer-Policy", "same-origin");
    }

    @Test
    void whenThePortalIsServedOverHttps_thenBrowsersAreToldToStayOnHttps() {
        assertThat(new SecurityHeaders(URI.create("wss://127.0.0.1:13579/"), true).values())
                .containsEntry("Strict-Transport-Security", "max-age=31536000");
        assertThat(new SecurityHeaders(URI.create("wss://127.0.0.1:13579/"), false).values())
                .doesNotContainKey("Strict-Transport-Security");
    }

    @Test
    void whenTheBridgeUsesTheDefaultPort_thenTheSourceHasNoPort() {
        SecurityHeaders headers = new SecurityHeaders(URI.create("wss://bridge.local/"));

        assertThat(headers.values().get("Content-Security-Policy")).contains("connect-src 'self' wss://bridge.local;");
    }
}

package kz.qoltanba.bundle.nursign.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AllowListTest {
    private final AllowList allowList = AllowList.of(List.of(
            URI.create("https://a.kz"), URI.create("https://portal.test/app/"), URI.create("http://127.0.0.1:8000")));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://a.kz",
                "https://a.kz/",
                "https://A.KZ",
                "HTTPS://a.kz",
                "https://a.kz:443",
                "https://portal.test",
                "http://127.0.0.1:8000"
            })
    void whenTheOriginIsListed_thenItIsAllowed(String origin) {
        assertThat(allowList.allowsOrigin(origin).allowed()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://a.kz.evil.tld",
                "https://a.kz.",
                "https://evil-a.kz",
                "https://xa.kz",
                "https://sub.a.kz",
                "https://a.kz:8443",
                "http://a.kz",
                "https://a.kz@evil.tld",
                "http://127.0.0.1",
                "http://127.0.0.1:8001",
                "https://a.kz/path",
                "null",
                "",
                "file:///etc/passwd",
                "a.kz"
            })
    void whenTheOriginIsNotListed_thenItIsRefusedWithAReason(String origin) {
        AllowList.Decision decision = allowList.allowsOrigin(origin);

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reason()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://a.kz/",
                "https://a.kz/ru/files/upload?token=1",
                "https://a.kz:443/x",
                "https://A.kz/x",
                "https://portal.test/app",
                "https://portal.test/app/",
                "https://portal.test/app/files/123"
            })
    void whenTheUrlIsWithinAnEntry_thenItIsAllowed(String url) {
        assertThat(allowList.allowsUrl(URI.create(url), false).allowed()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://a.kz.evil.tld/",
                "https://a.kz./x",
                "https://a.kz@evil.tld/x",
                "https://a.kz:8443/",
                "https://evil.tld/a.kz",
                "https://portal.test/application",
                "https://portal.test/",
                "https://portal.test/other/app",
                "https://portal.test/app/../admin",
                "https://portal.test/app/%2e%2e/admin",
                "https://portal.test/app%2F..%2Fadmin",
                "ftp://a.kz/",
                "/relative/path"
            })
    void whenTheUrlIsOutsideEveryEntry_thenItIsRefusedWithAReason(String url) {
        AllowList.Decision decision = allowList.allowsUrl(URI.create(url), true);

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reason()).isNotBlank();
    }

    @Test
    void whenTheUrlIsPlainHttp_thenItIsAllowedOnlyWithUseHttp() {
        URI local = URI.create("http://127.0.0.1:8000/upload");

        AllowList.Decision refused = allowList.allowsUrl(local, false);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.reason()).contains("usehttp");
        assertThat(allowList.allowsUrl(local, true).allowed()).isTrue();
    }

    @Test
    void whenHttpIsAllowed_thenAnHttpsEntryStillDoesNotCoverHttp() {
        assertThat(allowList.allowsUrl(URI.create("http://a.kz/"), true).allowed())
                .isFalse();
    }

    @Test
    void whenARefusalIsReported_thenItNamesTheUrl() {
        assertThat(allowList
                        .allowsUrl(URI.create("https://a.kz.evil.tld/x"), false)
                        .reason())
                .contains("https://a.kz.evil.tld/x", "allow_addresses");
    }

    @Test
    void whenAnEntryIsNotAnHttpUrl_thenTheAllowListCannotBeMade() {
        assertThatThrownBy(() -> AllowList.of(List.of(URI.create("a.kz"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a.kz");
    }
}

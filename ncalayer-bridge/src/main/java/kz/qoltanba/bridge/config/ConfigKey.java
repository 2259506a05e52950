package kz.qoltanba.bridge.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every configuration key with its built-in default. The same key is read from {@code bridge.properties}
 * ({@code port}), the system properties ({@code qoltanba.port}) and the environment ({@code QOLTANBA_PORT}).
 */
enum ConfigKey {
    PORT("port", "13579"),
    ALLOWED_ORIGINS("allowed.origins", ""),
    ALLOWED_ORIGIN_SUFFIXES("allowed.origin.suffixes", "gov.kz,egov.kz"),
    ORIGIN_PROMPT("origin.prompt", "true"),
    MAX_FRAME_BYTES("max.frame.bytes", String.valueOf(64 * 1024 * 1024)),
    QUEUE_LIMIT("queue.limit", "32"),
    RECENT_KEYS("recent.keys", "5"),
    TSA_URL("tsa.url", "http://tsp.pki.gov.kz"),
    TRUST_ANCHORS("trust.anchors", ""),
    PROXY_HOST("proxy.host", ""),
    PROXY_PORT("proxy.port", ""),
    PROXY_USER("proxy.user", ""),
    PROXY_PASSWORD_ENV("proxy.password.env", ""),
    CATALOG_URL("catalog.url", "");

    private final String key;
    private final String defaultValue;

    ConfigKey(String key, String defaultValue) {
        this.key = key;
        this.defaultValue = defaultValue;
    }

    String key() {
        return key;
    }

    String defaultValue() {
        return defaultValue;
    }

    String systemProperty() {
        return "qoltanba." + key;
    }

    String environmentVariable() {
        return "QOLTANBA_" + key.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    static Optional<ConfigKey> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}

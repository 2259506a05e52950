package kz.qoltanba.bundle.nursign.config;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The keys of {@code nursign.properties} (bridge-protocol §6), with their aliases, defaults and checks. */
enum ConfigKey {
    ALLOW_ADDRESSES("allow_addresses", "https://goszakup.gov.kz,https://v3bl.goszakup.gov.kz", ValueParsers::allowList),
    MAX_FILE_SIZE("max_file_size", "20", ValueParsers::mebibytes),
    CHECK_EXISTS_URL("check_exists_url", "", ValueParsers::optionalUrl),
    TSA_URL("tsa_url", "http://tsp.pki.gov.kz", ValueParsers::url, "tsa_URL", "rsa_url"),
    USE_PROXY("use_proxy", "N", ValueParsers::yesNo),
    PROXY_HOST("proxy_host", "", ValueParsers::host),
    PROXY_PORT("proxy_port", "", ValueParsers::port),
    USE_AUTH("use_auth", "N", ValueParsers::yesNo),
    AUTH_LOGIN("auth_login", "", ValueParsers::login),
    AUTH_PASS("auth_pass", "", raw -> raw),
    USE_NTLM("use_ntlm", "N", ValueParsers::yesNo),
    USEHTTP("usehttp", "N", ValueParsers::yesNo, "useHttp"),
    LANG("lang", "ru", ValueParsers::lang),
    CERT_COUNT("cert_count", "5", ValueParsers::certCount);

    private static final Map<String, ConfigKey> BY_NAME = new HashMap<>();

    static {
        for (ConfigKey key : values()) {
            BY_NAME.put(key.name, key);
            key.aliases.forEach(alias -> BY_NAME.put(alias, key));
        }
    }

    private final String name;
    private final String defaultValue;
    private final ValueParsers.Parser<?> parser;
    private final List<String> aliases;

    ConfigKey(String name, String defaultValue, ValueParsers.Parser<?> parser, String... aliases) {
        this.name = name;
        this.defaultValue = defaultValue;
        this.parser = parser;
        this.aliases = List.of(aliases);
    }

    /** The key's name as the contract writes it. */
    String key() {
        return name;
    }

    String defaultValue() {
        return defaultValue;
    }

    /** True for keys whose value must never appear in a message or the log. */
    boolean isSecret() {
        return this == AUTH_PASS;
    }

    /** True for keys whose value may be shown back to the administrator in a problem message. */
    boolean isShown() {
        return this != AUTH_PASS && this != AUTH_LOGIN;
    }

    /** Throws when the (trimmed, non-empty) value is not acceptable for this key. */
    void check(String value) throws BadValueException {
        parser.parse(value);
    }

    /** The key written exactly so in the file (keys are case-sensitive); aliases included. */
    static Optional<ConfigKey> byName(String written) {
        return Optional.ofNullable(BY_NAME.get(written));
    }

    /** The known spelling that differs from {@code written} only in letter case, if any. */
    static Optional<String> closeSpelling(String written) {
        return BY_NAME.keySet().stream()
                .filter(known -> known.toLowerCase(Locale.ROOT).equals(written.toLowerCase(Locale.ROOT)))
                .sorted()
                .findFirst();
    }
}

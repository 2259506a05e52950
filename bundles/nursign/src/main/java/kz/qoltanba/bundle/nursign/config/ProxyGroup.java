package kz.qoltanba.bundle.nursign.config;

import static kz.qoltanba.bundle.nursign.config.ConfigKey.*;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.qoltanba.bundle.nursign.config.PropertiesText.Entry;
import kz.qoltanba.bundle.nursign.config.ProxySettings.ProxyAuthentication;

/**
 * The proxy keys ({@code use_proxy}, {@code proxy_host}, {@code proxy_port}, {@code use_auth},
 * {@code auth_login}, {@code auth_pass}, {@code use_ntlm}) checked together: when they do not make a usable proxy,
 * the proxy keeps its last good setting. {@code NURSIGN_PROXY_PASSWORD} wins over {@code auth_pass}; a password
 * in the file is accepted but reported (never its value).
 */
final class ProxyGroup {
    private final TypedValues values;
    private final Map<ConfigKey, Entry> written;
    private final Map<String, String> environment;
    private final Optional<ProxySettings> previous;
    private final List<ConfigProblem> problems;

    ProxyGroup(
            TypedValues values,
            Map<ConfigKey, Entry> written,
            Map<String, String> environment,
            Optional<ProxySettings> previous,
            List<ConfigProblem> problems) {
        this.values = values;
        this.written = written;
        this.environment = environment;
        this.previous = previous;
        this.problems = problems;
    }

    Optional<ProxySettings> proxy() {
        String fromEnvironment = environment.getOrDefault(SettingsReader.PASSWORD_VARIABLE, "");
        flagPasswordInFile(!fromEnvironment.isEmpty());
        if (!values.yes(USE_PROXY)) {
            return Optional.empty();
        }
        if (values.text(PROXY_HOST).isEmpty()) {
            return keepPrevious(PROXY_HOST, USE_PROXY, "use_proxy=Y needs proxy_host");
        }
        if (values.port(PROXY_PORT) == 0) {
            return keepPrevious(PROXY_PORT, USE_PROXY, "use_proxy=Y needs proxy_port");
        }
        ProxyAuthentication authentication = values.yes(USE_NTLM)
                ? ProxyAuthentication.NTLM
                : values.yes(USE_AUTH) ? ProxyAuthentication.BASIC : ProxyAuthentication.NONE;
        if (authentication != ProxyAuthentication.NONE
                && values.text(AUTH_LOGIN).isEmpty()) {
            ConfigKey switchedOn = authentication == ProxyAuthentication.NTLM ? USE_NTLM : USE_AUTH;
            return keepPrevious(AUTH_LOGIN, switchedOn, switchedOn.key() + "=Y needs auth_login");
        }
        boolean authenticates = authentication != ProxyAuthentication.NONE;
        String password = fromEnvironment.isEmpty() ? values.text(AUTH_PASS) : fromEnvironment;
        return Optional.of(new ProxySettings(
                values.text(PROXY_HOST),
                values.port(PROXY_PORT),
                authentication,
                authenticates ? values.text(AUTH_LOGIN) : "",
                authenticates ? password.toCharArray() : new char[0]));
    }

    private void flagPasswordInFile(boolean environmentWins) {
        Entry entry = written.get(AUTH_PASS);
        if (entry == null || entry.value().isEmpty()) {
            return;
        }
        String message = environmentWins
                ? "a password is written in the file; it is ignored because " + SettingsReader.PASSWORD_VARIABLE
                        + " is set; remove it from the file"
                : "a password is written in the file in plain text; it is used, but prefer the environment variable "
                        + SettingsReader.PASSWORD_VARIABLE;
        problems.add(new ConfigProblem(entry.key(), entry.line(), message));
    }

    private Optional<ProxySettings> keepPrevious(ConfigKey missing, ConfigKey switchedOn, String message) {
        Entry entry = written.containsKey(missing) ? written.get(missing) : written.get(switchedOn);
        String key = entry == null ? missing.key() : entry.key();
        int line = entry == null ? 0 : entry.line();
        String kept = previous.map(p -> p.host() + ":" + p.port()).orElse("no proxy");
        problems.add(new ConfigProblem(key, line, message + "; keeping the previous proxy setting (" + kept + ")"));
        return previous;
    }
}

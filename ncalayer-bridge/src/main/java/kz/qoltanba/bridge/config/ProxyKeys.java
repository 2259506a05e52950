package kz.qoltanba.bridge.config;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Validates the {@code proxy.*} keys together: a host needs a port and the reverse, a user needs a password. */
final class ProxyKeys {
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._-]+|\\[[0-9A-Fa-f:.]+\\]");
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final ConfigValues values;
    private final Map<String, String> environment;

    ProxyKeys(ConfigValues values, Map<String, String> environment) {
        this.values = values;
        this.environment = environment;
    }

    Optional<HttpProxy> proxy() throws ConfigException {
        Optional<String> host = values.optional(ConfigKey.PROXY_HOST);
        Optional<String> port = values.optional(ConfigKey.PROXY_PORT);
        Optional<String> user = values.optional(ConfigKey.PROXY_USER);
        Optional<String> passwordEnv = values.optional(ConfigKey.PROXY_PASSWORD_ENV);
        if (host.isEmpty()) {
            if (port.isPresent()) {
                throw values.bad(ConfigKey.PROXY_PORT, "needs proxy.host as well");
            }
            if (user.isPresent()) {
                throw values.bad(ConfigKey.PROXY_USER, "needs proxy.host and proxy.port as well");
            }
            if (passwordEnv.isPresent()) {
                throw values.bad(ConfigKey.PROXY_PASSWORD_ENV, "needs proxy.host, proxy.port and proxy.user as well");
            }
            return Optional.empty();
        }
        if (!HOST.matcher(host.get()).matches()) {
            throw values.bad(ConfigKey.PROXY_HOST, "must be a host name or address only, without scheme, port or path");
        }
        if (port.isEmpty()) {
            throw values.bad(ConfigKey.PROXY_HOST, "needs proxy.port as well");
        }
        int number = values.integer(ConfigKey.PROXY_PORT, 1, 65535);
        if (user.isPresent() != passwordEnv.isPresent()) {
            throw user.isPresent()
                    ? values.bad(ConfigKey.PROXY_USER, "needs proxy.password.env naming the password's variable")
                    : values.bad(ConfigKey.PROXY_PASSWORD_ENV, "needs proxy.user as well");
        }
        if (passwordEnv.isPresent()) {
            if (!VARIABLE.matcher(passwordEnv.get()).matches()) {
                throw values.bad(ConfigKey.PROXY_PASSWORD_ENV, "must be the name of an environment variable");
            }
            if (environment.get(passwordEnv.get()) == null) {
                throw values.bad(ConfigKey.PROXY_PASSWORD_ENV, "names an environment variable that is not set");
            }
        }
        return Optional.of(new HttpProxy(host.get(), number, user, passwordEnv));
    }
}

package kz.qoltanba.bridge.config;

import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import kz.qoltanba.signing.tsp.TsaProxy;

/**
 * The HTTP proxy for catalog and module downloads and for the timestamp service. The password is never part
 * of the configuration: only the name of the environment variable that holds it.
 *
 * @param host the proxy's host name or address
 * @param port the proxy's port (1 … 65535)
 * @param user the Basic user name, if the proxy needs one
 * @param passwordEnv the environment variable holding the password; present exactly when {@code user} is
 */
public record HttpProxy(String host, int port, Optional<String> user, Optional<String> passwordEnv) {
    public HttpProxy {
        Objects.requireNonNull(host, "proxy.host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("proxy.port out of range: " + port);
        }
        if (user.isPresent() != passwordEnv.isPresent()) {
            throw new IllegalArgumentException("proxy.user and proxy.password.env go together");
        }
    }

    /** The JDK property listing auth schemes refused for HTTPS tunnels (CONNECT); its default is Basic. */
    public static final String TUNNELING_DISABLED_SCHEMES = "jdk.http.auth.tunneling.disabledSchemes";

    /**
     * Lets Basic answer a proxy's 407 on HTTPS tunnels too, unless the property was set explicitly (then that
     * choice stands). Must run before the first HTTP client is created: the JDK reads the property once. Safe
     * here because the bridge installs no default authenticator; the download client's authenticator answers
     * only the configured proxy.
     */
    public static void allowBasicForTunnels(Properties systemProperties) {
        if (systemProperties.getProperty(TUNNELING_DISABLED_SCHEMES) == null) {
            systemProperties.setProperty(TUNNELING_DISABLED_SCHEMES, "");
        }
    }

    /** Sends every HTTP(S) request through this proxy. */
    public ProxySelector selector() {
        return ProxySelector.of(new InetSocketAddress(host, port));
    }

    /**
     * Answers this proxy's Basic challenges (and nothing else) for catalog and module downloads; empty without
     * {@code proxy.user}. The password is read from {@code environment} at each challenge.
     */
    public Optional<Authenticator> authenticator(Map<String, String> environment) {
        return user.map(name -> new ProxyAuthenticator(host, port, name, passwordEnv.orElseThrow(), environment));
    }

    /**
     * The same proxy for the TSA client, with the password read from {@code environment} now.
     *
     * @throws IllegalStateException when the password variable is no longer set
     */
    public TsaProxy tsaProxy(Map<String, String> environment) {
        if (user.isEmpty()) {
            return TsaProxy.of(host, port);
        }
        String password = environment.get(passwordEnv.get());
        if (password == null) {
            throw new IllegalStateException(
                    "proxy.password.env: environment variable " + passwordEnv.get() + " is not set");
        }
        return new TsaProxy(host, port, user.get(), password.toCharArray());
    }
}

package kz.qoltanba.bridge.config;

import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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

    /** Sends every HTTP(S) request through this proxy. */
    public ProxySelector selector() {
        return ProxySelector.of(new InetSocketAddress(host, port));
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

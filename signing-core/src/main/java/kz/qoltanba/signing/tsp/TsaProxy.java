package kz.qoltanba.signing.tsp;

import java.util.Arrays;
import java.util.Objects;

/**
 * An HTTP proxy, with Basic credentials or without ({@code username} null). The password array is
 * owned by this object: {@link #wipe()} clears it when the configuration is no longer needed.
 */
public record TsaProxy(String host, int port, String username, char[] password) {
    public TsaProxy {
        Objects.requireNonNull(host, "tsa.proxy.host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("tsa.proxy.port out of range: " + port);
        }
        if (username != null && password == null) {
            throw new IllegalArgumentException("tsa.proxy.password is required with tsa.proxy.username");
        }
    }

    public static TsaProxy of(String host, int port) {
        return new TsaProxy(host, port, null, null);
    }

    public boolean authenticated() {
        return username != null;
    }

    public void wipe() {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }

    @Override
    public String toString() {
        return "TsaProxy[" + host + ":" + port + (username == null ? "" : ", user " + username) + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TsaProxy p
                && host.equals(p.host)
                && port == p.port
                && Objects.equals(username, p.username)
                && Arrays.equals(password, p.password);
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, port, username);
    }
}

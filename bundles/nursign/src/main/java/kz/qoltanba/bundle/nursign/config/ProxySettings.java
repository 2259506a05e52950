package kz.qoltanba.bundle.nursign.config;

import java.util.Arrays;
import java.util.Objects;

/**
 * The module's HTTP(S) proxy ({@code use_proxy=Y}).
 *
 * @param host proxy host
 * @param port proxy port
 * @param authentication how the module authenticates to the proxy
 * @param login user name (for BASIC and NTLM; NTLM may carry {@code DOMAIN\\user})
 * @param password the password, from {@code auth_pass} or {@code NURSIGN_PROXY_PASSWORD}; never logged
 */
public record ProxySettings(String host, int port, ProxyAuthentication authentication, String login, char[] password) {
    public ProxySettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(authentication, "authentication");
        password = password == null ? new char[0] : password.clone();
    }

    @Override
    public char[] password() {
        return password.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProxySettings p
                && host.equals(p.host)
                && port == p.port
                && authentication == p.authentication
                && Objects.equals(login, p.login)
                && Arrays.equals(password, p.password);
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, port, authentication, login);
    }

    @Override
    public String toString() {
        return "ProxySettings[" + host + ":" + port + ", " + authentication + ", login=" + login + "]";
    }

    /** How the module authenticates to its proxy. */
    public enum ProxyAuthentication {
        NONE,
        BASIC,
        NTLM
    }
}

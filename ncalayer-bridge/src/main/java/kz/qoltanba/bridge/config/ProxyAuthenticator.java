package kz.qoltanba.bridge.config;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Answers Basic challenges of the configured proxy only: requests of type {@link RequestorType#PROXY} for
 * exactly its host and port. Origin servers and other proxies get nothing. The password is read from the
 * environment at each challenge and the intermediate copy wiped; the JDK keeps its own copy in the answer.
 */
final class ProxyAuthenticator extends Authenticator {
    private final String host;
    private final int port;
    private final String user;
    private final String passwordEnv;
    private final Map<String, String> environment;

    ProxyAuthenticator(String host, int port, String user, String passwordEnv, Map<String, String> environment) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.passwordEnv = passwordEnv;
        this.environment = Map.copyOf(environment);
    }

    @Override
    protected PasswordAuthentication getPasswordAuthentication() {
        if (getRequestorType() != RequestorType.PROXY || !isConfiguredProxy(getRequestingHost(), getRequestingPort())) {
            return null;
        }
        String password = environment.get(passwordEnv);
        if (password == null) {
            return null;
        }
        char[] chars = password.toCharArray();
        try {
            return new PasswordAuthentication(user, chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    boolean isConfiguredProxy(String requestingHost, int requestingPort) {
        return requestingPort == port
                && requestingHost != null
                && normalize(requestingHost).equals(normalize(host));
    }

    private static String normalize(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("[") && lower.endsWith("]") ? lower.substring(1, lower.length() - 1) : lower;
    }
}

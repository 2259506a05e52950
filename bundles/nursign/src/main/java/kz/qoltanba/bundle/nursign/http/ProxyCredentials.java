package kz.qoltanba.bundle.nursign.http;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Answers the configured proxy's challenge (Basic or NTLM) and nothing else: requestor type PROXY, the
 * configured host (case-insensitive) and port. A fresh instance serves one operation and answers at most
 * {@code attempts} times, so a wrong password is not retried until the proxy (or a Windows domain) locks the
 * account. The JDK splits an NTLM login <code>DOMAIN&#92;user</code> itself.
 */
final class ProxyCredentials extends Authenticator {
    private final String host;
    private final int port;
    private final String login;
    private final char[] password;
    private final AtomicInteger remaining;

    ProxyCredentials(String host, int port, String login, char[] password, int attempts) {
        this.host = host;
        this.port = port;
        this.login = login;
        this.password = password;
        this.remaining = new AtomicInteger(attempts);
    }

    /** Answers nobody: set on connections without proxy credentials so no JVM-wide authenticator is asked. */
    static Authenticator none() {
        return new Authenticator() {};
    }

    @Override
    protected PasswordAuthentication getPasswordAuthentication() {
        if (getRequestorType() != RequestorType.PROXY
                || !host.equalsIgnoreCase(getRequestingHost())
                || port != getRequestingPort()
                || login == null
                || remaining.getAndDecrement() <= 0) {
            return null;
        }
        return new PasswordAuthentication(login, password);
    }
}

package kz.qoltanba.bundle.nursign.http;

import java.io.IOException;
import java.net.Authenticator;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSocketFactory;
import kz.qoltanba.bundle.nursign.config.ProxySettings;
import kz.qoltanba.bundle.nursign.config.ProxySettings.ProxyAuthentication;

/**
 * How one settings snapshot reaches a URL: directly or through the proxy ({@link Proxy} per connection, never the
 * JVM's proxy properties), with per-connection credentials, timeouts and TLS, and without following redirects
 * (a redirect could leave the allowed addresses).
 */
final class Route {
    /** Answers per operation: one for the handshake, one spare for a second connection. */
    private static final int ATTEMPTS = 2;

    private final Optional<ProxySettings> proxy;
    private final Proxy javaProxy;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final SSLSocketFactory tls;
    private final Authenticator anonymous = ProxyCredentials.none();

    Route(Optional<ProxySettings> proxy, Duration connectTimeout, Duration readTimeout, SSLSocketFactory tls) {
        this.proxy = proxy;
        this.javaProxy = proxy.map(
                        p -> new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(p.host(), p.port())))
                .orElse(Proxy.NO_PROXY);
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.tls = tls;
    }

    /** Credentials for one operation (a shared instance that answers nobody when there are none). */
    Authenticator credentials() {
        return proxy.filter(p -> p.authentication() != ProxyAuthentication.NONE)
                .<Authenticator>map(p -> new ProxyCredentials(p.host(), p.port(), p.login(), p.password(), ATTEMPTS))
                .orElse(anonymous);
    }

    HttpURLConnection open(URI url, String method, Authenticator credentials) throws IOException {
        return open(url, method, credentials, connectTimeout, readTimeout);
    }

    HttpURLConnection open(URI url, String method, Authenticator credentials, Duration connect, Duration read)
            throws IOException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IOException("only http and https addresses can be used, not " + url);
        }
        HttpURLConnection connection = (HttpURLConnection) url.toURL().openConnection(javaProxy);
        if (connection instanceof HttpsURLConnection https) {
            https.setSSLSocketFactory(tls);
        }
        connection.setAuthenticator(credentials);
        connection.setConnectTimeout(millis(connect));
        connection.setReadTimeout(millis(read));
        connection.setUseCaches(false);
        connection.setInstanceFollowRedirects(false);
        connection.setRequestMethod(method);
        return connection;
    }

    /**
     * True when a request body streamed to {@code url} could meet a proxy challenge it cannot answer: a plain
     * {@code http} target through an authenticating proxy (an {@code https} target is authenticated on the
     * CONNECT, before any body is sent).
     */
    boolean authenticatesBeforeStreaming(URI url) {
        return authenticated() && "http".equalsIgnoreCase(url.getScheme());
    }

    /**
     * Lets the JDK finish the proxy handshake with a body-less {@code HEAD} on a connection it then keeps alive:
     * NTLM authenticates that connection, Basic is cached and sent pre-emptively on the next request.
     */
    void authenticate(URI url, Authenticator credentials) throws IOException {
        HttpURLConnection connection = open(url, "HEAD", credentials);
        int status = status(connection);
        Responses.discard(status < 400 ? connection.getInputStream() : connection.getErrorStream());
    }

    /**
     * The response status; a 407 becomes {@link ProxyRefusedException}, and so does a 401 when proxy credentials
     * were configured: the portal contract has no server authentication, and some proxies (tinyproxy) answer
     * wrong credentials with 401.
     */
    int status(HttpURLConnection connection) throws IOException {
        int status = connection.getResponseCode();
        if (status == HttpURLConnection.HTTP_PROXY_AUTH
                || status == HttpURLConnection.HTTP_UNAUTHORIZED && authenticated()) {
            connection.disconnect();
            throw new ProxyRefusedException(status);
        }
        return status;
    }

    private boolean authenticated() {
        return proxy.filter(p -> p.authentication() != ProxyAuthentication.NONE).isPresent();
    }

    /** A sentence naming what failed: the URL, the proxy, the status; never the password. */
    String explain(URI url, IOException failure) {
        return new FailureText(proxy, connectTimeout, readTimeout).explain(url, failure);
    }

    private static int millis(Duration duration) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, duration.toMillis()));
    }
}

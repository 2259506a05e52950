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

    Route(Optional<ProxySettings> proxy, Duration connectTimeout, Duration readTimeout, SSLSocketFactory tls) {
        this.proxy = proxy;
        this.javaProxy = proxy.map(
                        p -> new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(p.host(), p.port())))
                .orElse(Proxy.NO_PROXY);
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.tls = tls;
    }

    /**
     * Credentials for one operation, a new instance each time (one that answers nobody when there are none). The
     * JDK keeps idle connections per authenticator instance, so an operation never inherits another one's
     * connection: a proxy that closes idle connections (tinyproxy does after every answer) cannot make a
     * streamed upload fail on a stale connection.
     */
    Authenticator credentials() {
        return proxy.filter(p -> p.authentication() != ProxyAuthentication.NONE)
                .<Authenticator>map(p -> new ProxyCredentials(p.host(), p.port(), p.login(), p.password(), ATTEMPTS))
                .orElseGet(ProxyCredentials::none);
    }

    HttpURLConnection open(URI url, String method, Authenticator credentials) throws IOException {
        return open(url, method, credentials, connectTimeout, readTimeout);
    }

    HttpURLConnection open(URI url, String method, Authenticator credentials, Duration connect, Duration read)
            throws IOException {
        if (url == null) {
            throw new IOException("no URL was given");
        }
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
     * Makes sure a body streamed to {@code url} cannot meet a proxy challenge, which the JDK could not answer
     * without the body. Only plain-http targets need it (an https target is authenticated on the CONNECT, before
     * any body is sent): for Basic the credentials go pre-emptively in {@code Proxy-Authorization} on
     * {@code connection}; for NTLM, which authenticates a connection rather than a request, a body-less
     * {@code HEAD} lets the JDK finish the handshake on a kept-alive connection that the streamed request with
     * the same {@code credentials} then reuses.
     *
     * @param connection the not yet connected request that will stream its body
     * @return true when an NTLM handshake authenticated a connection for the streamed request
     */
    boolean prepareStreaming(URI url, Authenticator credentials, HttpURLConnection connection) throws IOException {
        if (!"http".equalsIgnoreCase(url.getScheme())) {
            return false;
        }
        ProxyAuthentication authentication =
                proxy.map(ProxySettings::authentication).orElse(ProxyAuthentication.NONE);
        if (authentication == ProxyAuthentication.BASIC) {
            ProxySettings settings = proxy.orElseThrow();
            connection.setRequestProperty(
                    "Proxy-Authorization", BasicCredentials.header(settings.login(), settings.password()));
        } else if (authentication == ProxyAuthentication.NTLM) {
            HttpURLConnection handshake = open(url, "HEAD", credentials);
            int status = status(handshake);
            Responses.discard(status < 400 ? handshake.getInputStream() : handshake.getErrorStream());
            return true;
        }
        return false;
    }

    /**
     * The response status; a 407 becomes {@link ProxyRefusedException}, and so does a 401 to a plain-http URL when
     * proxy credentials were configured: the portal contract has no server authentication, and some proxies
     * (tinyproxy) answer wrong credentials with 401. Through an https tunnel a 401 can only be the portal's.
     */
    int status(HttpURLConnection connection) throws IOException {
        int status = connection.getResponseCode();
        boolean proxyAnswered = "http".equalsIgnoreCase(connection.getURL().getProtocol());
        if (status == HttpURLConnection.HTTP_PROXY_AUTH && proxy.isPresent()
                || status == HttpURLConnection.HTTP_UNAUTHORIZED && proxyAnswered && authenticated()) {
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
        return new FailureText(
                        proxy, connectTimeout, readTimeout, System.getProperty(FailureText.TUNNELING_DISABLED_SCHEMES))
                .explain(url, failure);
    }

    private static int millis(Duration duration) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, duration.toMillis()));
    }
}

package kz.qoltanba.signing.tsp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Authenticator;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import kz.qoltanba.signing.SigningException;

/**
 * {@link HttpURLConnection} transport. The proxy is chosen per connection. For an {@code http} TSA behind
 * an authenticating proxy the Basic credentials are sent pre-emptively in {@code Proxy-Authorization}; for
 * an {@code https} TSA the proxy is reached through a CONNECT tunnel, where the JDK answers the proxy's
 * challenge through a per-connection {@link Authenticator} — but only if Basic is not listed in the
 * system property {@code jdk.http.auth.tunneling.disabledSchemes} (by default it is; set it to an empty
 * value to allow Basic for tunnels).
 */
final class HttpTsaTransport implements TsaTransport {
    private static final int MAX_RESPONSE_BYTES = 1 << 20;

    @Override
    public byte[] exchange(TsaConfig config, byte[] timeStampQuery) throws SigningException {
        HttpURLConnection connection = null;
        try {
            connection = open(config);
            connection.setFixedLengthStreamingMode(timeStampQuery.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(timeStampQuery);
            }
            int status = connection.getResponseCode();
            if (status == HttpURLConnection.HTTP_PROXY_AUTH) {
                throw new TsaUnavailableException("the proxy " + config.proxy() + " refused the request to "
                        + config.url() + " (HTTP 407: authentication required or rejected)");
            }
            if (status != HttpURLConnection.HTTP_OK) {
                throw new TsaUnavailableException("the TSA " + config.url() + " answered HTTP " + status);
            }
            try (InputStream in = connection.getInputStream()) {
                return readLimited(in, config);
            }
        } catch (SocketTimeoutException e) {
            throw new TsaUnavailableException(
                    "the TSA " + config.url() + " did not answer within " + config.timeout(), e);
        } catch (IOException e) {
            throw new TsaUnavailableException("cannot reach the TSA " + config.url() + ": " + e.getMessage(), e);
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }

    private static HttpURLConnection open(TsaConfig config) throws IOException {
        TsaProxy proxy = config.proxy();
        Proxy route = proxy == null
                ? Proxy.NO_PROXY
                : new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(proxy.host(), proxy.port()));
        HttpURLConnection connection = (HttpURLConnection) config.url().toURL().openConnection(route);
        int millis = (int) Math.min(Integer.MAX_VALUE, config.timeout().toMillis());
        connection.setConnectTimeout(millis);
        connection.setReadTimeout(millis);
        connection.setUseCaches(false);
        connection.setInstanceFollowRedirects(false);
        connection.setDoOutput(true);
        connection.setRequestMethod("POST");
        connection.setRequestProperty("Content-Type", "application/timestamp-query");
        connection.setRequestProperty("Accept", "application/timestamp-reply");
        if (proxy != null && proxy.authenticated()) {
            if ("http".equalsIgnoreCase(config.url().getScheme())) {
                connection.setRequestProperty("Proxy-Authorization", basic(proxy));
            } else {
                connection.setAuthenticator(new ProxyCredentials(proxy));
            }
        }
        return connection;
    }

    private static String basic(TsaProxy proxy) {
        char[] pair = new char[proxy.username().length() + 1 + proxy.password().length];
        proxy.username().getChars(0, proxy.username().length(), pair, 0);
        pair[proxy.username().length()] = ':';
        System.arraycopy(proxy.password(), 0, pair, proxy.username().length() + 1, proxy.password().length);
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(pair));
        byte[] raw = new byte[bytes.remaining()];
        bytes.get(raw);
        try {
            return "Basic " + Base64.getEncoder().encodeToString(raw);
        } finally {
            Arrays.fill(pair, '\0');
            Arrays.fill(raw, (byte) 0);
            if (bytes.hasArray()) {
                Arrays.fill(bytes.array(), (byte) 0);
            }
        }
    }

    private static byte[] readLimited(InputStream in, TsaConfig config) throws IOException, TsaUnavailableException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            out.write(buffer, 0, n);
            if (out.size() > MAX_RESPONSE_BYTES) {
                throw new TsaUnavailableException(
                        "the TSA " + config.url() + " sent more than " + MAX_RESPONSE_BYTES + " bytes");
            }
        }
        return out.toByteArray();
    }

    /** Answers only the proxy's challenge, never a server's. */
    private static final class ProxyCredentials extends Authenticator {
        private final TsaProxy proxy;

        ProxyCredentials(TsaProxy proxy) {
            this.proxy = proxy;
        }

        @Override
        protected PasswordAuthentication getPasswordAuthentication() {
            return getRequestorType() == RequestorType.PROXY
                    ? new PasswordAuthentication(
                            proxy.username(), proxy.password().clone())
                    : null;
        }
    }
}

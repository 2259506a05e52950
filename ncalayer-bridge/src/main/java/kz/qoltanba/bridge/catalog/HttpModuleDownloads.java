package kz.qoltanba.bridge.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;

/** GET over the JDK's HTTP client through the given proxies, following redirects except https to http. */
final class HttpModuleDownloads implements ModuleDownloads {
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final long MAX_BYTES = 64L << 20;
    private static final int PROXY_AUTHENTICATION_REQUIRED = 407;

    private final ProxySelector proxies;
    private final Optional<Authenticator> proxyAuthenticator;
    private final Supplier<SSLContext> tls;
    private final Duration timeout;
    private final long maxBytes;
    private HttpClient client;

    /**
     * @param tls the TLS context for https servers, asked for at the first download: the client (its selector
     *     thread and TLS set-up, the JVM's default trust store) is made then, not while the host starts, since
     *     most starts download nothing
     */
    HttpModuleDownloads(
            ProxySelector proxies,
            Optional<Authenticator> proxyAuthenticator,
            Supplier<SSLContext> tls,
            Duration timeout,
            long maxBytes) {
        this.proxies = proxies;
        this.proxyAuthenticator = proxyAuthenticator;
        this.tls = tls;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    @Override
    public byte[] fetch(URI url) throws ModuleDownloadException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).GET().build();
        try {
            HttpResponse<InputStream> response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() == PROXY_AUTHENTICATION_REQUIRED) {
                    throw new ModuleDownloadException("The proxy " + proxyFor(url) + " refused to fetch " + url
                            + ": HTTP 407, proxy authentication required (check proxy.user and the password"
                            + " in the variable named by proxy.password.env)");
                }
                if (response.statusCode() != 200) {
                    throw new ModuleDownloadException(url + " answered HTTP " + response.statusCode());
                }
                return readLimited(body, url);
            }
        } catch (IOException e) {
            String proxy = proxyFor(url);
            if (!proxy.isEmpty() && String.valueOf(e.getMessage()).contains("authentication")) {
                throw new ModuleDownloadException(
                        "The proxy " + proxy + " refused the credentials for " + url + " (" + e.getMessage()
                                + "); check proxy.user and the password in the variable named by proxy.password.env",
                        e);
            }
            throw new ModuleDownloadException(
                    url + " could not be downloaded" + (proxy.isEmpty() ? "" : " through the proxy " + proxy) + ": "
                            + e.getMessage(),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModuleDownloadException("The download of " + url + " was interrupted", e);
        }
    }

    private synchronized HttpClient client() {
        if (client == null) {
            HttpClient.Builder builder = HttpClient.newBuilder()
                    .proxy(proxies)
                    .sslContext(tls.get())
                    .connectTimeout(timeout)
                    .followRedirects(HttpClient.Redirect.NORMAL);
            proxyAuthenticator.ifPresent(builder::authenticator);
            client = builder.build();
        }
        return client;
    }

    /** The proxy used for {@code url} as host:port, or empty when it goes direct. */
    private String proxyFor(URI url) {
        try {
            return proxies.select(url).stream()
                    .filter(p -> p.type() == Proxy.Type.HTTP && p.address() instanceof InetSocketAddress)
                    .map(p -> (InetSocketAddress) p.address())
                    .map(a -> a.getHostString() + ":" + a.getPort())
                    .findFirst()
                    .orElse("");
        } catch (RuntimeException e) {
            return "";
        }
    }

    private byte[] readLimited(InputStream body, URI url) throws IOException, ModuleDownloadException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
            out.write(buffer, 0, read);
            if (out.size() > maxBytes) {
                throw new ModuleDownloadException(url + " is larger than " + maxBytes + " bytes");
            }
        }
        return out.toByteArray();
    }
}

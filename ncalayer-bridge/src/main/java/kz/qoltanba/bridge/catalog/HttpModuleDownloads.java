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
import javax.net.ssl.SSLContext;

/** GET over the JDK's HTTP client through the given proxies, following redirects except https to http. */
final class HttpModuleDownloads implements ModuleDownloads {
    private static final int PROXY_AUTHENTICATION_REQUIRED = 407;

    private final HttpClient client;
    private final ProxySelector proxies;
    private final Duration timeout;
    private final long maxBytes;

    HttpModuleDownloads(
            ProxySelector proxies,
            Optional<Authenticator> proxyAuthenticator,
            SSLContext tls,
            Duration timeout,
            long maxBytes) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .proxy(proxies)
                .sslContext(tls)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL);
        proxyAuthenticator.ifPresent(builder::authenticator);
        this.client = builder.build();
        this.proxies = proxies;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    @Override
    public byte[] fetch(URI url) throws ModuleDownloadException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
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

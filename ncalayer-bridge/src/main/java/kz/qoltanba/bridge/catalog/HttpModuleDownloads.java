package kz.qoltanba.bridge.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** GET over the JDK's HTTP client through the given proxies, following redirects except https to http. */
final class HttpModuleDownloads implements ModuleDownloads {
    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;

    HttpModuleDownloads(ProxySelector proxies, Duration timeout, long maxBytes) {
        this.client = HttpClient.newBuilder()
                .proxy(proxies)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    @Override
    public byte[] fetch(URI url) throws ModuleDownloadException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new ModuleDownloadException(url + " answered HTTP " + response.statusCode());
                }
                return readLimited(body, url);
            }
        } catch (IOException e) {
            throw new ModuleDownloadException(url + " could not be downloaded: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModuleDownloadException("The download of " + url + " was interrupted", e);
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

package kz.qoltanba.signing.validation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

/** {@link RevocationTransport} over the JDK's HttpClient; only http and https URLs are followed. */
final class HttpRevocationTransport implements RevocationTransport {
    private static final Set<String> SCHEMES = Set.of("http", "https");

    private final Duration timeout;
    private HttpClient client;

    /** The client (its selector thread, the JVM's default trust store) is made at the first fetch. */
    HttpRevocationTransport(Duration timeout) {
        this.timeout = timeout;
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .connectTimeout(timeout)
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
        }
        return client;
    }

    @Override
    public byte[] get(URI uri) throws IOException {
        return send(request(uri).GET().build());
    }

    @Override
    public byte[] post(URI uri, String contentType, byte[] body) throws IOException {
        return send(request(uri)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    private HttpRequest.Builder request(URI uri) throws IOException {
        if (uri.getScheme() == null || !SCHEMES.contains(uri.getScheme().toLowerCase(java.util.Locale.ROOT))) {
            throw new IOException("unsupported revocation URL scheme: " + uri);
        }
        return HttpRequest.newBuilder(uri).timeout(timeout);
    }

    private byte[] send(HttpRequest request) throws IOException {
        HttpResponse<InputStream> response;
        try {
            response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + request.uri(), e);
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException(request.uri() + " answered HTTP " + response.statusCode());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = body.read(buffer)) >= 0; ) {
                if (out.size() + n > MAX_RESPONSE_BYTES) {
                    throw new IOException(request.uri() + " answered more than " + MAX_RESPONSE_BYTES + " bytes");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }
}

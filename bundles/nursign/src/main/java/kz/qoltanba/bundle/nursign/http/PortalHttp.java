package kz.qoltanba.bundle.nursign.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.Authenticator;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSocketFactory;
import kz.qoltanba.bundle.nursign.config.ProxySettings;
import kz.qoltanba.signing.tsp.TsaTransport;

/**
 * The module's HTTP client for one settings snapshot: the portal's check and upload calls (bridge-protocol §6),
 * document downloads and the timestamp service, all through the configured proxy (none, Basic or NTLM).
 * Cheap to create; thread-safe. Redirects are not followed: a 3xx is a failure naming the status.
 */
public final class PortalHttp {
    private final Route route;

    /** Uses the JVM's default TLS trust ({@link HttpsURLConnection#getDefaultSSLSocketFactory()}). */
    public PortalHttp(Optional<ProxySettings> proxy, Duration connectTimeout, Duration readTimeout) {
        this(proxy, connectTimeout, readTimeout, HttpsURLConnection.getDefaultSSLSocketFactory());
    }

    /** @param tls the TLS client for {@code https} URLs (tests pass one trusting their own server) */
    public PortalHttp(
            Optional<ProxySettings> proxy, Duration connectTimeout, Duration readTimeout, SSLSocketFactory tls) {
        Objects.requireNonNull(proxy, "proxy");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(tls, "tls");
        this.route = new Route(proxy, connectTimeout, readTimeout, tls);
    }

    /**
     * GET {@code url}; 200 {@code {"exists":true,"file_id":"…"}} or {@code {"exists":false}}; anything else →
     * {@link CheckFailedException} whose message names the URL and the status or the proxy.
     */
    public CheckAnswer checkExists(URI url) throws CheckFailedException {
        Authenticator credentials = route.credentials();
        HttpURLConnection connection = null;
        try {
            connection = route.open(url, "GET", credentials);
            connection.setRequestProperty("Accept", "application/json");
            int status = route.status(connection);
            if (status != HttpURLConnection.HTTP_OK) {
                throw new CheckFailedException("the file check " + url + " answered HTTP " + status);
            }
            try (InputStream in = connection.getInputStream()) {
                return PortalAnswers.check(PortalAnswers.read(in));
            }
        } catch (PortalAnswers.BadAnswerException e) {
            throw new CheckFailedException(
                    "the file check " + url + " answered outside the contract: " + e.getMessage());
        } catch (IOException e) {
            throw new CheckFailedException("the file check failed: " + route.explain(url, e), e);
        } finally {
            Responses.release(connection);
        }
    }

    /**
     * POST {@code multipart/form-data} with the parts {@code token}, {@code hash}, {@code signature} and, when
     * {@code file} is not null, {@code file} (streamed from disk under {@code fileName}, constant memory).
     *
     * @param bytesSent gets the running count of file bytes sent
     * @return the portal's 200 answer {@code {"file_id","file_name","file_size"}}
     * @throws UploadFailedException connection or proxy failure, a status other than 200, an answer outside
     *     the contract, or an unreadable file
     */
    public UploadAnswer upload(
            URI url,
            String token,
            String hashHex,
            String signatureBase64,
            Path file,
            String fileName,
            LongConsumer bytesSent)
            throws UploadFailedException {
        return new Upload(route).send(url, token, hashHex, signatureBase64, file, fileName, bytesSent);
    }

    /**
     * Streams {@code url} to a new file in {@code tempDir}, computing its SHA-256 while reading. A file of exactly
     * {@code maxBytes} is allowed. On failure nothing is left in {@code tempDir}.
     *
     * @param bytesRead gets the running count of bytes read
     * @throws TooLargeException the announced or the actual size is above {@code maxBytes}
     * @throws DownloadFailedException connection or proxy failure, a status other than 200, a local file error
     */
    public Download download(URI url, long maxBytes, Path tempDir, LongConsumer bytesRead)
            throws TooLargeException, DownloadFailedException {
        return new DocumentDownload(route).fetch(url, maxBytes, tempDir, bytesRead);
    }

    /**
     * A timestamp transport through this client's proxy, with its credentials. The request's URL and timeout come
     * from the {@link kz.qoltanba.signing.tsp.TsaConfig}; its {@code proxy} is not consulted (the module's proxy
     * settings decide the route).
     */
    public TsaTransport tsaTransport() {
        return new ProxiedTsaTransport(route);
    }

    /** The check's answer; {@code fileId} is null when the file does not exist on the portal. */
    public record CheckAnswer(boolean exists, String fileId) {}

    public record UploadAnswer(String fileId, String fileName, long fileSize) {}

    /** A downloaded document: the temporary file (the caller deletes it), its SHA-256 and size. */
    public record Download(Path file, byte[] sha256, long size) {
        public Download {
            sha256 = sha256.clone();
        }

        @Override
        public byte[] sha256() {
            return sha256.clone();
        }
    }
}

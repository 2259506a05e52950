package kz.qoltanba.bundle.nursign.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Authenticator;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.function.LongConsumer;

/** One download: streamed to a temporary file in 64 KiB steps, hashed with SHA-256 and counted while read. */
final class DocumentDownload {
    private static final int BUFFER = 64 * 1024;

    private final Route route;

    DocumentDownload(Route route) {
        this.route = route;
    }

    PortalHttp.Download fetch(URI url, long maxBytes, Path tempDir, LongConsumer bytesRead)
            throws TooLargeException, DownloadFailedException {
        LongConsumer progress = bytesRead == null ? n -> {} : bytesRead;
        Authenticator credentials = route.credentials();
        HttpURLConnection connection = null;
        Path target = null;
        boolean complete = false;
        try {
            connection = route.open(url, "GET", credentials);
            int status = route.status(connection);
            if (status != HttpURLConnection.HTTP_OK) {
                throw new DownloadFailedException("the download " + url + " answered HTTP " + status);
            }
            long announced = connection.getContentLengthLong();
            if (announced > maxBytes) {
                throw tooLarge(url, "announces " + announced, maxBytes);
            }
            target = Files.createTempFile(tempDir, "nursign-", ".download");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (InputStream in = connection.getInputStream();
                    OutputStream out = Files.newOutputStream(target)) {
                byte[] buffer = new byte[BUFFER];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    size += n;
                    if (size > maxBytes) {
                        throw tooLarge(url, "has more than " + maxBytes, maxBytes);
                    }
                    sha256.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                    progress.accept(size);
                }
            }
            complete = true;
            return new PortalHttp.Download(target, sha256.digest(), size);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the Java runtime has no SHA-256", e);
        } catch (IOException e) {
            throw new DownloadFailedException("the download failed: " + route.explain(url, e), e);
        } finally {
            if (!complete) {
                discard(target, connection);
            }
            Responses.release(connection);
        }
    }

    private static TooLargeException tooLarge(URI url, String what, long maxBytes) {
        return new TooLargeException(
                "the document " + url + " " + what + " bytes; at most " + maxBytes + " are allowed");
    }

    private static void discard(Path target, HttpURLConnection connection) {
        if (connection != null) {
            connection.disconnect();
        }
        if (target != null) {
            try {
                Files.deleteIfExists(target);
            } catch (IOException e) {
                target.toFile().deleteOnExit();
            }
        }
    }
}

package kz.qoltanba.bundle.nursign.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Authenticator;
import java.net.HttpRetryException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.function.LongConsumer;

/**
 * One upload (bridge-protocol §6): the body is streamed with a fixed length, so a proxy challenge in the middle
 * could not be answered; {@link Route#prepareStreaming} authenticates before the body is sent.
 */
final class Upload {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Route route;

    Upload(Route route) {
        this.route = route;
    }

    PortalHttp.UploadAnswer send(
            URI url, String token, String hashHex, String signature, Path file, String fileName, LongConsumer bytesSent)
            throws UploadFailedException {
        MultipartForm form = form(token, hashHex, signature, file, fileName);
        LongConsumer progress = bytesSent == null ? n -> {} : bytesSent;
        Authenticator credentials = route.credentials();
        HttpURLConnection connection = null;
        boolean handshakeDone = false;
        try {
            connection = route.open(url, "POST", credentials);
            handshakeDone = route.prepareStreaming(url, credentials, connection);
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(form.length());
            connection.setRequestProperty("Content-Type", form.contentType());
            connection.setRequestProperty("Accept", "application/json");
            try (OutputStream out = connection.getOutputStream()) {
                form.writeTo(out, progress);
            }
            int status = route.status(connection);
            if (status != HttpURLConnection.HTTP_OK) {
                throw new UploadFailedException("the upload to " + url + " answered HTTP " + status);
            }
            try (InputStream in = connection.getInputStream()) {
                return PortalAnswers.upload(PortalAnswers.read(in));
            }
        } catch (PortalAnswers.BadAnswerException e) {
            throw new UploadFailedException(
                    "the upload to " + url + " was answered outside the contract: " + e.getMessage());
        } catch (MultipartForm.FileChangedException e) {
            throw new UploadFailedException("the upload to " + url + " was stopped: " + e.getMessage(), e);
        } catch (IOException e) {
            // After a good NTLM handshake, a 407 on the POST means the proxy dropped the authenticated connection.
            IOException failure = handshakeDone && e instanceof ProxyRefusedException
                    ? new HttpRetryException("the proxy asked again during the streamed upload", 407)
                    : e;
            throw new UploadFailedException("the upload failed: " + route.explain(url, failure), e);
        } finally {
            Responses.release(connection);
        }
    }

    private static MultipartForm form(String token, String hashHex, String signature, Path file, String fileName)
            throws UploadFailedException {
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        fields.put("token", required("token", token));
        fields.put("hash", required("hash", hashHex));
        fields.put("signature", required("signature", signature));
        if (file != null && !Files.isRegularFile(file)) {
            throw new UploadFailedException("the file to upload " + file + " does not exist or is not a regular file");
        }
        String name = fileName != null ? fileName : file == null ? null : String.valueOf(file.getFileName());
        try {
            return MultipartForm.of(boundary(), fields, "file", file, name);
        } catch (IOException e) {
            throw new UploadFailedException("cannot read the file to upload " + file + ": " + e.getMessage(), e);
        }
    }

    private static String required(String part, String value) throws UploadFailedException {
        if (value == null || value.isEmpty()) {
            throw new UploadFailedException("the upload part '" + part + "' is empty");
        }
        return value;
    }

    private static String boundary() {
        byte[] random = new byte[18];
        RANDOM.nextBytes(random);
        return "----nursign" + HexFormat.of().formatHex(random);
    }
}

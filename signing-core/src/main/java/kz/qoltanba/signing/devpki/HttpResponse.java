package kz.qoltanba.signing.devpki;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What one of the development servers answers: status, content type, body and extra headers. */
record HttpResponse(int status, String contentType, byte[] body, Map<String, String> headers) {
    static HttpResponse ok(String contentType, byte[] body) {
        return new HttpResponse(200, contentType, body, Map.of());
    }

    static HttpResponse text(int status, String text) {
        return new HttpResponse(
                status, "text/plain; charset=utf-8", (text + "\n").getBytes(StandardCharsets.UTF_8), Map.of());
    }

    static HttpResponse notFound(String path) {
        return text(404, "nothing is served at " + path);
    }
}

package kz.qoltanba.portal.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.qoltanba.portal.testutil.TestSignatures;
import kz.qoltanba.signing.token.KeyEntry;

/** A browser-like HTTP client for tests: keeps cookies (any port of 127.0.0.1), never follows redirects. */
public final class WebClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">");

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    public HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        return send(
                HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET());
    }

    /** POSTs a form; {@code csrfOrNull} goes into the {@code _csrf} field. */
    public HttpResponse<String> postForm(String url, Map<String, String> fields, String csrfOrNull)
            throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrfOrNull != null) {
            all.put(CsrfCheck.FIELD, csrfOrNull);
        }
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** POSTs {@code multipart/form-data} with text fields and one file part (as a form with a file input). */
    public HttpResponse<String> postMultipart(
            String url, Map<String, String> fields, String fileField, String fileName, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "----qoltanba" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                            + "\"\r\n\r\n" + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** POSTs JSON with the CSRF token in the {@code X-CSRF-Token} header (as page scripts do). */
    public HttpResponse<String> postJson(String url, String json, String csrfOrNull)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (csrfOrNull != null) {
            request.header(CsrfCheck.HEADER, csrfOrNull);
        }
        return send(request);
    }

    /** The CSRF token of a rendered page ({@code <meta name="csrf-token">}). */
    /**
     * Logs in with a certificate as the login page's script does: the challenge from {@code loginPage + "/challenge"},
     * signed (XML, enveloped) with {@code key}, answered to {@code loginPage + "/complete"}; returns that answer's JSON.
     */
    public JsonNode certificateLogin(String loginPage, KeyEntry key) throws Exception {
        String token = csrfOf(get(loginPage));
        JsonNode challenge =
                JSON.readTree(postJson(loginPage + "/challenge", "{}", token).body());
        String signed = TestSignatures.signXml(challenge.path("data").asText(), key);
        String body =
                JSON.writeValueAsString(Map.of("requestId", challenge.path("id").asText(), "signed", signed));
        return JSON.readTree(postJson(loginPage + "/complete", body, token).body());
    }

    public static String csrfOf(HttpResponse<String> page) {
        Matcher m = CSRF_META.matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("no csrf-token meta on the page:\n" + page.body());
        }
        return m.group(1);
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public void cookie(String name, String value) {
        cookies.put(name, value);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim();
            if (value.isEmpty() || header.contains("Max-Age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }
}

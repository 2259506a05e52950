package kz.qoltanba.portal.web;

import io.javalin.http.Context;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers every response carries: a Content-Security-Policy that allows only the portal's own scripts and
 * styles and WebSocket connections to the signing bridge, no framing, no MIME sniffing, no referrer to other
 * sites.
 */
public final class SecurityHeaders {
    private final Map<String, String> headers;

    public SecurityHeaders(URI bridgeUrl) {
        this(bridgeUrl, false);
    }

    /** With {@code https} (the public origin is https) browsers are also told to use https only (HSTS). */
    public SecurityHeaders(URI bridgeUrl, boolean https) {
        String bridge = bridgeUrl.getScheme() + "://" + bridgeUrl.getHost()
                + (bridgeUrl.getPort() > 0 ? ":" + bridgeUrl.getPort() : "");
        Map<String, String> h = new LinkedHashMap<>();
        h.put(
                "Content-Security-Policy",
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' "
                        + bridge + "; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'");
        h.put("X-Content-Type-Options", "nosniff");
        h.put("X-Frame-Options", "DENY");
        h.put("Referrer-Policy", "same-origin");
        if (https) {
            h.put("Strict-Transport-Security", "max-age=31536000");
        }
        this.headers = Map.copyOf(h);
    }

    /** The headers and their values. */
    public Map<String, String> values() {
        return headers;
    }

    void apply(Context ctx) {
        headers.forEach(ctx::header);
    }
}

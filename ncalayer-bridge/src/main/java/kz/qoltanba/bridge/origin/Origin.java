package kz.qoltanba.bridge.origin;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A web origin in normal form: lower-case scheme and host, the default port dropped, no path and no trailing
 * slash. Two origins are the same page origin exactly when their normal forms are equal.
 */
public record Origin(String scheme, String host, int port) {

    /** Port value meaning "the scheme's default port". */
    public static final int DEFAULT_PORT = -1;

    public Origin {
        scheme = scheme.toLowerCase(Locale.ROOT);
        host = host.toLowerCase(Locale.ROOT);
        if (port == defaultPort(scheme)) {
            port = DEFAULT_PORT;
        }
    }

    /**
     * Parses an {@code Origin} header value or a configured origin. Returns empty for values that carry no
     * host ({@code null}, {@code file://...}) or cannot be parsed; a path of {@code /} is tolerated, any other
     * path, query or fragment is not an origin.
     */
    public static Optional<Origin> parse(String unverifiedValue) {
        if (unverifiedValue == null || unverifiedValue.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(unverifiedValue.trim());
            String path = uri.getRawPath();
            boolean plainPath = path == null || path.isEmpty() || path.equals("/");
            if (uri.getScheme() == null
                    || uri.getHost() == null
                    || uri.getRawUserInfo() != null
                    || !plainPath
                    || uri.getRawQuery() != null
                    || uri.getRawFragment() != null) {
                return Optional.empty();
            }
            return Optional.of(new Origin(uri.getScheme(), uri.getHost(), uri.getPort()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    public boolean isHttps() {
        return scheme.equals("https");
    }

    /** True when the host equals {@code suffix} or ends with {@code "." + suffix}. */
    public boolean hostMatchesSuffix(String suffix) {
        String normal = suffix.toLowerCase(Locale.ROOT);
        return host.equals(normal) || host.endsWith("." + normal);
    }

    private static int defaultPort(String scheme) {
        return switch (scheme) {
            case "https", "wss" -> 443;
            case "http", "ws" -> 80;
            default -> Integer.MIN_VALUE;
        };
    }

    @Override
    public String toString() {
        return scheme + "://" + host + (port == DEFAULT_PORT ? "" : ":" + port);
    }
}

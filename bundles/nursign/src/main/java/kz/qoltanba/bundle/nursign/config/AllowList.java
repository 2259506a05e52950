package kz.qoltanba.bundle.nursign.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code allow_addresses}: which page origins may call the module and which URLs it may contact. Origins compare
 * as scheme + host + port (lower-case scheme and host, default ports dropped); a URL matches an entry when its
 * origin is equal and its path starts with the entry's path at a {@code /} boundary. Hosts compare exactly, so
 * {@code https://a.kz.evil.tld}, {@code https://a.kz.} or {@code https://a.kz@evil.tld} never match
 * {@code https://a.kz}.
 */
public final class AllowList {
    private final List<Entry> entries;

    private AllowList(List<Entry> entries) {
        this.entries = entries;
    }

    /**
     * The allow list of the given {@code allow_addresses} entries.
     *
     * @throws IllegalArgumentException when an entry is not an absolute http(s) URL with a host
     */
    public static AllowList of(List<URI> allowAddresses) {
        return new AllowList(allowAddresses.stream().map(Entry::of).toList());
    }

    /**
     * Whether a page with this {@code Origin} (as the browser sent it) may call the module. An entry with a path
     * allows its whole origin here, since a page's origin carries no path.
     */
    public Decision allowsOrigin(String unverifiedOrigin) {
        Optional<Key> origin = originOf(unverifiedOrigin);
        if (origin.isEmpty()) {
            return Decision.refused("the page origin '" + unverifiedOrigin + "' is not a valid http(s) origin");
        }
        boolean listed = entries.stream().anyMatch(e -> e.origin.equals(origin.get()));
        return listed
                ? Decision.ALLOWED
                : Decision.refused("the page origin " + origin.get() + " is not listed in allow_addresses");
    }

    /**
     * Whether the module may contact this URL ({@code upload_url}, {@code url_upload}, {@code check_exists_url}).
     *
     * @param useHttp {@code usehttp=Y}: plain {@code http} URLs are allowed too
     */
    public Decision allowsUrl(URI unverifiedUrl, boolean useHttp) {
        if (unverifiedUrl == null) {
            return Decision.refused("no URL was given");
        }
        String shown = unverifiedUrl.toString();
        String scheme = Objects.toString(unverifiedUrl.getScheme(), "").toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Decision.refused("the URL " + shown + " is not an absolute http(s) URL");
        }
        if (scheme.equals("http") && !useHttp) {
            return Decision.refused("the URL " + shown + " is plain http and usehttp=N allows only https");
        }
        if (unverifiedUrl.getRawUserInfo() != null) {
            return Decision.refused("the URL " + shown + " carries a user name before '@'");
        }
        if (unverifiedUrl.getHost() == null) {
            return Decision.refused("the URL " + shown + " has no valid host name");
        }
        Key origin = new Key(scheme, unverifiedUrl.getHost(), unverifiedUrl.getPort());
        String path = unverifiedUrl.normalize().getPath();
        if (path == null || hasDotSegment(path)) {
            return Decision.refused("the URL " + shown + " has a path with '.' or '..' segments");
        }
        boolean listed = entries.stream().anyMatch(e -> e.origin.equals(origin) && e.coversPath(path));
        return listed ? Decision.ALLOWED : Decision.refused("the URL " + shown + " is not within allow_addresses");
    }

    private static boolean hasDotSegment(String path) {
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return path.contains("\\");
    }

    private static Optional<Key> originOf(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value.trim());
            String scheme = Objects.toString(uri.getScheme(), "").toLowerCase(Locale.ROOT);
            String path = uri.getRawPath();
            boolean noPath = path == null || path.isEmpty() || path.equals("/");
            if (!(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null
                    || uri.getRawUserInfo() != null
                    || !noPath
                    || uri.getRawQuery() != null
                    || uri.getRawFragment() != null) {
                return Optional.empty();
            }
            return Optional.of(new Key(scheme, uri.getHost(), uri.getPort()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "AllowList" + entries;
    }

    /** The answer of a check: allowed, or refused with a reason for the error message (code 14). */
    public record Decision(boolean allowed, String reason) {
        static final Decision ALLOWED = new Decision(true, "");

        static Decision refused(String reason) {
            return new Decision(false, reason);
        }
    }

    /** Scheme + host + port in normal form. */
    private record Key(String scheme, String host, int port) {
        Key {
            scheme = scheme.toLowerCase(Locale.ROOT);
            host = host.toLowerCase(Locale.ROOT);
            if (port == -1) {
                port = scheme.equals("https") ? 443 : 80;
            }
        }

        @Override
        public String toString() {
            int defaultPort = scheme.equals("https") ? 443 : 80;
            return scheme + "://" + host + (port == defaultPort ? "" : ":" + port);
        }
    }

    /** One entry: its origin and the path prefix ("" for the whole origin), without a trailing slash. */
    private record Entry(Key origin, String pathPrefix) {
        static Entry of(URI uri) {
            String scheme = Objects.toString(uri.getScheme(), "").toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException(
                        "allow_addresses entry '" + uri + "' is not an absolute http(s) URL with a host");
            }
            String path = Objects.toString(uri.normalize().getPath(), "");
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            return new Entry(new Key(uri.getScheme(), uri.getHost(), uri.getPort()), path);
        }

        boolean coversPath(String path) {
            return pathPrefix.isEmpty() || path.equals(pathPrefix) || path.startsWith(pathPrefix + "/");
        }

        @Override
        public String toString() {
            return origin + pathPrefix;
        }
    }
}

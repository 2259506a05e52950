package kz.qoltanba.bundle.nursign.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns the text of one {@code nursign.properties} value into its typed form, or says why it cannot. */
final class ValueParsers {
    /** Bytes in one MiB. */
    static final long MIB = 1L << 20;
    /** The largest {@code max_file_size} whose byte count still fits a {@code long}. */
    static final long MAX_MIB = Long.MAX_VALUE / MIB;
    /** Bounds of {@code cert_count}. */
    static final int MAX_CERT_COUNT = 50;

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9_.-]*[A-Za-z0-9])?");
    private static final Pattern HOST_AND_PORT = Pattern.compile("[^:\\[\\]]+:[0-9]+");
    private static final Pattern IPV6 = Pattern.compile("\\[?[0-9A-Fa-f.]*:[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*]?");

    @FunctionalInterface
    interface Parser<T> {
        T parse(String value) throws BadValueException;
    }

    private ValueParsers() {}

    static boolean yesNo(String value) throws BadValueException {
        return switch (value) {
            case "Y", "y" -> true;
            case "N", "n" -> false;
            default -> throw new BadValueException("must be Y or N, not '" + value + "'");
        };
    }

    /** {@code max_file_size}: whole MiB, 1 to {@link #MAX_MIB}, as bytes. */
    static long mebibytes(String value) throws BadValueException {
        if (!DIGITS.matcher(value).matches()) {
            throw new BadValueException("'" + value + "' is not a whole number of MiB (write e.g. 50, without a unit)");
        }
        String digits = value.replaceFirst("^0+(?=.)", "");
        if (digits.length() > 13 || Long.parseLong(digits) > MAX_MIB) {
            throw new BadValueException("'" + value + "' MiB is too large (at most " + MAX_MIB + ")");
        }
        long mib = Long.parseLong(digits);
        if (mib < 1) {
            throw new BadValueException("must be at least 1 MiB, not " + value);
        }
        return Math.multiplyExact(mib, MIB);
    }

    static int certCount(String value) throws BadValueException {
        if (!DIGITS.matcher(value).matches() || value.length() > 3 || Integer.parseInt(value) > MAX_CERT_COUNT) {
            throw new BadValueException("must be a whole number from 0 to " + MAX_CERT_COUNT + ", not '" + value + "'");
        }
        return Integer.parseInt(value);
    }

    static String lang(String value) throws BadValueException {
        String lower = value.toLowerCase(Locale.ROOT);
        if (!lower.equals("ru") && !lower.equals("kk")) {
            throw new BadValueException("must be ru or kk, not '" + value + "'");
        }
        return lower;
    }

    /** {@code proxy_port}: empty (not set) as 0, else 1 to 65535. */
    static int port(String value) throws BadValueException {
        if (value.isEmpty()) {
            return 0;
        }
        if (!DIGITS.matcher(value).matches() || value.length() > 5 || Integer.parseInt(value) > 65535) {
            throw new BadValueException("must be a port number from 1 to 65535, not '" + value + "'");
        }
        int port = Integer.parseInt(value);
        if (port == 0) {
            throw new BadValueException("must be a port number from 1 to 65535, not 0");
        }
        return port;
    }

    /** {@code proxy_host}: a host name or IP address, empty when not set. */
    static String host(String value) throws BadValueException {
        if (value.contains("://")) {
            throw new BadValueException("write the proxy's host name only, without a scheme: '" + value + "'");
        }
        if (HOST_AND_PORT.matcher(value).matches()) {
            throw new BadValueException("write the port in proxy_port, not in proxy_host: '" + value + "'");
        }
        if (!value.isEmpty()
                && !HOST.matcher(value).matches()
                && !IPV6.matcher(value).matches()) {
            throw new BadValueException("'" + value + "' is not a host name or IP address");
        }
        return value;
    }

    static String login(String value) throws BadValueException {
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new BadValueException("contains a control character");
        }
        return value;
    }

    static Optional<URI> optionalUrl(String value) throws BadValueException {
        return value.isEmpty() ? Optional.empty() : Optional.of(url(value));
    }

    /** An absolute {@code http} or {@code https} URL with a host, without user info or fragment. */
    static URI url(String value) throws BadValueException {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new BadValueException("'" + value + "' is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new BadValueException("'" + value + "' is not an absolute http or https URL");
        }
        if (uri.getHost() == null) {
            throw new BadValueException("'" + value + "' has no valid host name");
        }
        if (uri.getRawUserInfo() != null) {
            throw new BadValueException("'" + value + "' must not contain a user name before '@'");
        }
        if (uri.getRawFragment() != null) {
            throw new BadValueException("'" + value + "' must not contain a '#' fragment");
        }
        return uri;
    }

    /** {@code allow_addresses}: comma-separated origins or URL prefixes (no query); empty items are skipped. */
    static List<URI> allowList(String value) throws BadValueException {
        List<URI> entries = new ArrayList<>();
        for (String item : value.split(",")) {
            String trimmed = item.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            URI entry = url(trimmed);
            if (entry.getRawQuery() != null) {
                throw new BadValueException("'" + trimmed + "' must not contain a '?' query");
            }
            entries.add(entry);
        }
        if (entries.isEmpty()) {
            throw new BadValueException("lists no address");
        }
        return List.copyOf(entries);
    }
}

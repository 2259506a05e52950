package kz.qoltanba.bridge.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import kz.qoltanba.bridge.origin.Origin;

/** Turns the winning raw value of each key into a typed value, naming the key and its source on failure. */
final class ConfigValues {
    private static final Pattern HOST_SUFFIX =
            Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");

    private static final Pattern LOOPBACK_V4 = Pattern.compile("127(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}");

    private final Map<ConfigKey, SourcedValue> values;

    ConfigValues(Map<ConfigKey, SourcedValue> values) {
        this.values = values;
    }

    int integer(ConfigKey key, int min, int max) throws ConfigException {
        SourcedValue raw = values.get(key);
        try {
            long parsed = Long.parseLong(raw.value().trim());
            if (parsed < min || parsed > max) {
                throw bad(key, "must be between " + min + " and " + max);
            }
            return (int) parsed;
        } catch (NumberFormatException e) {
            throw bad(key, "is not a whole number");
        }
    }

    boolean bool(ConfigKey key) throws ConfigException {
        String value = values.get(key).value().trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw bad(key, "must be true or false");
        };
    }

    URI httpUrl(ConfigKey key) throws ConfigException {
        String value = values.get(key).value().trim();
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw bad(key, "must be an absolute http or https URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw bad(key, "is not a URL");
        }
    }

    /**
     * An absolute https URL, or http to a loopback host (a publisher served from this machine); empty when the
     * value is blank.
     */
    Optional<URI> optionalHttpsUrl(ConfigKey key) throws ConfigException {
        Optional<String> value = optional(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        URI uri = httpUrl(key);
        if (uri.getScheme().equalsIgnoreCase("http") && !isLoopback(uri.getHost())) {
            throw bad(key, "must be an https URL (plain http only to localhost or a loopback address)");
        }
        return Optional.of(uri);
    }

    /** {@code localhost}, {@code 127.x.x.x} or {@code [::1]}, decided on the text alone (no name lookup). */
    private static boolean isLoopback(String host) {
        String normal = host.toLowerCase(Locale.ROOT);
        return normal.equals("localhost")
                || normal.equals("[::1]")
                || LOOPBACK_V4.matcher(normal).matches();
    }

    Set<Origin> origins(ConfigKey key) throws ConfigException {
        Set<Origin> origins = new LinkedHashSet<>();
        for (String item : list(key)) {
            Origin origin = Origin.parse(item)
                    .orElseThrow(
                            () -> bad(key, "entry '" + item + "' is not an origin like https://portal.example.kz"));
            origins.add(origin);
        }
        return origins;
    }

    List<String> hostSuffixes(ConfigKey key) throws ConfigException {
        List<String> suffixes = new ArrayList<>();
        for (String item : list(key)) {
            String normal = item.toLowerCase(Locale.ROOT);
            if (normal.startsWith(".")) {
                normal = normal.substring(1);
            }
            if (!HOST_SUFFIX.matcher(normal).matches()) {
                throw bad(key, "entry '" + item + "' is not a host name suffix like gov.kz");
            }
            suffixes.add(normal);
        }
        return suffixes;
    }

    /** Each listed file through {@link #certificateFile}. */
    List<Path> certificateFiles(ConfigKey key, Path base) throws ConfigException {
        List<Path> files = new ArrayList<>();
        for (String item : list(key)) {
            files.add(certificateFile(key, item, base));
        }
        return files;
    }

    /** The trimmed value, or empty when it is blank. */
    Optional<String> optional(ConfigKey key) {
        String value = values.get(key).value().trim();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    ConfigException bad(ConfigKey key, String problem) {
        SourcedValue raw = values.get(key);
        return new ConfigException("Configuration key '" + key.key() + "' = '" + raw.value() + "' (from " + raw.source()
                + ") " + problem + ".");
    }

    static Path readableFile(ConfigKey key, String item, Path base) throws ConfigException {
        try {
            Path path = base.resolve(item.trim()).normalize();
            if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                throw new ConfigException("Configuration key '" + key.key() + "': file '" + path
                        + "' does not exist or is not readable.");
            }
            return path;
        } catch (InvalidPathException e) {
            throw new ConfigException("Configuration key '" + key.key() + "': '" + item + "' is not a file path.");
        }
    }

    /**
     * A configured trust anchor: a readable file holding at least one X.509 certificate (PEM or DER). A mistyped
     * anchor stops start-up here instead of leaving a bridge that refuses every request without {@code chain}.
     */
    static Path certificateFile(ConfigKey key, String item, Path base) throws ConfigException {
        Path path = readableFile(key, item, base);
        try (java.io.InputStream in = Files.newInputStream(path)) {
            if (java.security.cert.CertificateFactory.getInstance("X.509")
                    .generateCertificates(in)
                    .isEmpty()) {
                throw new ConfigException(
                        "Configuration key '" + key.key() + "': file '" + path + "' holds no X.509 certificate.");
            }
            return path;
        } catch (java.io.IOException | java.security.cert.CertificateException e) {
            throw new ConfigException("Configuration key '" + key.key() + "': file '" + path
                    + "' is not an X.509 certificate (PEM or DER): " + e.getMessage());
        }
    }

    private List<String> list(ConfigKey key) {
        return Arrays.stream(values.get(key).value().split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}

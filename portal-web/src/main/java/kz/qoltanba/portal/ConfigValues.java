package kz.qoltanba.portal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/** The merged configuration values by key, read as typed values; a wrong value fails naming its key. */
final class ConfigValues {
    private final Map<String, String> values = new HashMap<>();

    void set(String key, String value) {
        values.put(key, value);
    }

    String get(String key) {
        return values.get(key);
    }

    String getOrDefault(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    boolean bool(String key, boolean fallback) {
        String value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new PortalConfigException(key, "must be true or false, got '" + value + "'");
    }

    int integer(String key, int fallback, int min, int max) {
        String value = values.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                throw new PortalConfigException(key, "must be between " + min + " and " + max + ", got " + number);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new PortalConfigException(key, "must be a whole number, got '" + value + "'");
        }
    }

    Duration positiveDuration(String key, Duration fallback) {
        String value = values.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            Duration duration = Duration.parse(value);
            if (duration.isNegative() || duration.isZero()) {
                throw new PortalConfigException(key, "must be a positive duration, got '" + value + "'");
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw new PortalConfigException(key, "must be an ISO-8601 duration such as PT10M, got '" + value + "'");
        }
    }

    static URI uri(String key, String value) {
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            throw new PortalConfigException(key, "is not a valid URL: '" + value + "'");
        }
    }

    static Path path(String key, String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new PortalConfigException(key, "is not a valid path: '" + value + "'");
        }
    }
}

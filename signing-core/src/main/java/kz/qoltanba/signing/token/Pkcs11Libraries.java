package kz.qoltanba.signing.token;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * Which PKCS#11 library serves each hardware storage. Defaults follow the vendors' installers per
 * operating system; any entry can be overridden from a map or from properties named
 * {@code qoltanba.pkcs11.<NCALayer name>} (for example {@code qoltanba.pkcs11.AKKaztokenStore}).
 */
public record Pkcs11Libraries(Map<StorageType, Path> libraries) {
    /** Prefix of the property keys {@link #withOverrides(Properties)} reads. */
    public static final String PROPERTY_PREFIX = "qoltanba.pkcs11.";

    public Pkcs11Libraries {
        libraries.keySet().stream().filter(type -> !type.isToken()).findFirst().ifPresent(type -> {
            throw new IllegalArgumentException(type + " is a key file, not a PKCS#11 storage");
        });
        libraries = Map.copyOf(libraries);
    }

    /** The vendors' default locations on {@code os}. */
    public static Pkcs11Libraries defaults(OperatingSystem os) {
        Map<StorageType, Path> paths = new EnumMap<>(StorageType.class);
        for (StorageType type : StorageType.values()) {
            type.libraryBaseName().ifPresent(base -> paths.put(type, os.libraryPath(base)));
        }
        return new Pkcs11Libraries(paths);
    }

    /** The defaults of the system this JVM runs on. */
    public static Pkcs11Libraries defaults() {
        return defaults(OperatingSystem.current());
    }

    /** These libraries with {@code overrides} taking precedence. */
    public Pkcs11Libraries withOverrides(Map<StorageType, Path> overrides) {
        Map<StorageType, Path> merged = new EnumMap<>(StorageType.class);
        merged.putAll(libraries);
        merged.putAll(overrides);
        return new Pkcs11Libraries(merged);
    }

    /**
     * These libraries overridden by every {@code qoltanba.pkcs11.<NCALayer name>} property; an unknown
     * storage name after the prefix is an error naming the key.
     */
    public Pkcs11Libraries withOverrides(Properties properties) {
        Map<StorageType, Path> overrides = new EnumMap<>(StorageType.class);
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(PROPERTY_PREFIX)) {
                String name = key.substring(PROPERTY_PREFIX.length());
                StorageType type = StorageType.byNcaLayerName(name)
                        .filter(StorageType::isToken)
                        .orElseThrow(() -> new IllegalArgumentException(key + ": unknown PKCS#11 storage " + name
                                + "; expected one of "
                                + Arrays.stream(StorageType.values())
                                        .filter(StorageType::isToken)
                                        .map(StorageType::ncaLayerName)
                                        .toList()));
                String value = properties.getProperty(key).trim();
                if (value.isEmpty()) {
                    throw new IllegalArgumentException(key + ": empty library path");
                }
                overrides.put(type, Path.of(value));
            }
        }
        return withOverrides(overrides);
    }

    /** The library for a hardware storage. */
    public Path libraryFor(StorageType type) {
        Path path = libraries.get(type);
        if (path == null) {
            throw new IllegalArgumentException(
                    type.isToken()
                            ? "no PKCS#11 library configured for " + type.ncaLayerName()
                            : type + " is a key file, not a PKCS#11 storage");
        }
        return path;
    }
}

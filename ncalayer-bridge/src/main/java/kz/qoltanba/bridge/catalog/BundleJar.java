package kz.qoltanba.bridge.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import org.osgi.framework.Version;

/**
 * What the host reads of a bundle jar before trusting it: its SHA-256 and the manifest's symbolic name, version
 * and display names ({@code Bundle-Name}, or {@code Qoltanba-Name-ru}/{@code -kk}/{@code -en} when present) and
 * the {@code Qoltanba-Required}/{@code Qoltanba-Hidden} flags the catalog builder copies.
 */
record BundleJar(
        String sha256,
        String symbolicName,
        String version,
        Map<String, String> names,
        boolean required,
        boolean hidden) {

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Reads the jar's manifest; {@code name} names the jar in messages. */
    static BundleJar read(byte[] bytes, String name) throws ModuleNotListedException {
        Manifest manifest;
        try (JarInputStream jar = new JarInputStream(new ByteArrayInputStream(bytes))) {
            manifest = jar.getManifest();
        } catch (IOException | RuntimeException e) {
            throw new ModuleNotListedException(name + " is not a jar: " + e.getMessage(), e);
        }
        Attributes main = manifest == null ? null : manifest.getMainAttributes();
        String symbolicName = main == null ? null : main.getValue("Bundle-SymbolicName");
        if (symbolicName == null || symbolicName.isBlank()) {
            throw new ModuleNotListedException(name + " is not an OSGi bundle (no Bundle-SymbolicName)");
        }
        symbolicName = symbolicName.split(";", 2)[0].strip();
        String version;
        try {
            version = Version.parseVersion(main.getValue("Bundle-Version")).toString();
        } catch (IllegalArgumentException e) {
            throw new ModuleNotListedException(name + " has an invalid Bundle-Version", e);
        }
        return new BundleJar(
                sha256(bytes),
                symbolicName,
                version,
                names(main, symbolicName),
                Boolean.parseBoolean(main.getValue("Qoltanba-Required")),
                Boolean.parseBoolean(main.getValue("Qoltanba-Hidden")));
    }

    private static Map<String, String> names(Attributes main, String symbolicName) {
        String fallback = main.getValue("Bundle-Name") == null ? symbolicName : main.getValue("Bundle-Name");
        Map<String, String> names = new LinkedHashMap<>();
        for (String language : new String[] {"ru", "kk", "en"}) {
            String value = main.getValue("Qoltanba-Name-" + language);
            names.put(language, value == null || value.isBlank() ? fallback : value);
        }
        return names;
    }
}

package kz.qoltanba.bridge.host;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The packages the system bundle exports to module bundles ({@code org.osgi.framework.system.packages.extra}):
 * the SPI package, signing-core's exported API packages (read from its bundle manifest) and the Bouncy Castle
 * packages that API exposes (its {@code uses:} lists) plus the ones a module needs to read certificates and CMS.
 * One class space: no bundle embeds its own copy of these.
 */
final class SystemPackages {
    static final String SPI = "kz.qoltanba.bridge.spi";
    static final String SPI_VERSION = "0.4.0";

    private static final List<String> SIGNING_FALLBACK =
            List.of("kz.qoltanba.signing", "kz.qoltanba.signing.algorithm", "kz.qoltanba.signing.token");
    private static final List<String> BOUNCY_CASTLE_BASELINE = List.of(
            "org.bouncycastle.asn1",
            "org.bouncycastle.asn1.x500",
            "org.bouncycastle.asn1.x509",
            "org.bouncycastle.cert",
            "org.bouncycastle.cert.jcajce",
            "org.bouncycastle.cms",
            "org.bouncycastle.crypto",
            "org.bouncycastle.crypto.params",
            "org.bouncycastle.operator",
            "org.bouncycastle.util",
            "org.bouncycastle.util.encoders");
    private static final Pattern VERSION = Pattern.compile(";\\s*version=\"?([0-9.]+)\"?");
    private static final Pattern USES = Pattern.compile(";\\s*uses:=\"([^\"]*)\"");

    private SystemPackages() {}

    /** The {@code packages.extra} value: each package with its version. */
    static String exports(Class<?> signingCoreClass, Class<?> bouncyCastleClass) {
        Map<String, String> packages = new LinkedHashMap<>();
        packages.put(SPI, SPI_VERSION);
        String bcVersion = manifest(bouncyCastleClass)
                .map(m -> m.getMainAttributes().getValue("Bundle-Version"))
                .map(SystemPackages::releaseOnly)
                .orElse("0.0.0");
        List<String> bouncyCastle = new ArrayList<>(BOUNCY_CASTLE_BASELINE);
        String exported = manifest(signingCoreClass)
                .map(m -> m.getMainAttributes().getValue("Export-Package"))
                .orElse(null);
        if (exported == null) {
            SIGNING_FALLBACK.forEach(p -> packages.put(p, "0.1.0"));
        } else {
            for (String clause : clauses(exported)) {
                String name = clause.split(";", 2)[0].trim();
                Matcher version = VERSION.matcher(clause);
                packages.put(name, version.find() ? version.group(1) : "0.0.0");
                Matcher uses = USES.matcher(clause);
                if (uses.find()) {
                    for (String used : uses.group(1).split(",")) {
                        if (used.trim().startsWith("org.bouncycastle.")) {
                            bouncyCastle.add(used.trim());
                        }
                    }
                }
            }
        }
        bouncyCastle.forEach(p -> packages.putIfAbsent(p, bcVersion));
        return packages.entrySet().stream()
                .map(e -> e.getKey() + ";version=\"" + e.getValue() + "\"")
                .collect(Collectors.joining(","));
    }

    /** Splits a manifest header at commas that are not inside quotes. */
    static List<String> clauses(String header) {
        List<String> clauses = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            clauses.add(current.toString());
        }
        return clauses;
    }

    private static String releaseOnly(String bundleVersion) {
        String[] parts = bundleVersion.split("\\.");
        return String.join(".", java.util.Arrays.copyOf(parts, Math.min(parts.length, 3)));
    }

    private static Optional<Manifest> manifest(Class<?> type) {
        try {
            var source = type.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isDirectory(location)) {
                Path file = location.resolve("META-INF/MANIFEST.MF");
                if (!Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                try (InputStream in = Files.newInputStream(file)) {
                    return Optional.of(new Manifest(in));
                }
            }
            try (JarFile jar = new JarFile(location.toFile())) {
                return Optional.ofNullable(jar.getManifest());
            }
        } catch (IOException | URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

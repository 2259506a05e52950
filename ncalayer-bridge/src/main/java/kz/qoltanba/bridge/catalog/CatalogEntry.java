package kz.qoltanba.bridge.catalog;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * One module of the catalog.
 *
 * @param symbolicName the bundle's {@code Bundle-SymbolicName}
 * @param names display names by language ({@code ru}, {@code kk}, {@code en})
 * @param version the bundle's {@code Bundle-Version} in this catalog
 * @param url where the jar is downloaded (http or https)
 * @param sha256 the SHA-256 of the jar, lower-case hex
 * @param required the module cannot be removed
 * @param hidden the module is not shown in the module manager's table
 */
public record CatalogEntry(
        String symbolicName,
        Map<String, String> names,
        String version,
        URI url,
        String sha256,
        boolean required,
        boolean hidden) {
    public CatalogEntry {
        Objects.requireNonNull(symbolicName, "symbolicName");
        names = Map.copyOf(names);
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** The name in {@code language}, else English, else the symbolic name. */
    public String name(String language) {
        return names.getOrDefault(language, names.getOrDefault("en", symbolicName));
    }
}

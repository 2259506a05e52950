package kz.qoltanba.bridge.ui;

import java.util.Map;
import java.util.Objects;

/**
 * One row of the module manager.
 *
 * @param symbolicName the bundle's symbolic name
 * @param names display names by language code ({@code kk}, {@code ru}, {@code en}); may be empty
 * @param installedVersion the installed version, or null when not installed
 * @param availableVersion the catalog's version, or null when the catalog does not list it
 * @param required whether the catalog marks it required (cannot be removed)
 */
public record ModuleEntry(
        String symbolicName,
        Map<String, String> names,
        String installedVersion,
        String availableVersion,
        boolean required) {
    public ModuleEntry {
        Objects.requireNonNull(symbolicName, "symbolicName");
        names = Map.copyOf(names);
    }

    public boolean installed() {
        return installedVersion != null;
    }

    /** The name in {@code language}, else in English, else the symbolic name. */
    public String name(Language language) {
        return names.getOrDefault(language.code(), names.getOrDefault("en", symbolicName));
    }
}

package kz.qoltanba.bridge.catalog;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the module manager: a catalog module or an installed bundle, with both versions.
 *
 * @param names display names by language; empty for an installed bundle the catalog no longer lists
 * @param installedVersion the version in {@code <home>/modules/}, if installed
 * @param availableVersion the catalog's version, if listed
 */
public record ModuleStatus(
        String symbolicName,
        Map<String, String> names,
        Optional<String> installedVersion,
        Optional<String> availableVersion,
        boolean required,
        boolean hidden) {
    public ModuleStatus {
        Objects.requireNonNull(symbolicName, "symbolicName");
        names = Map.copyOf(names);
        Objects.requireNonNull(installedVersion, "installedVersion");
        Objects.requireNonNull(availableVersion, "availableVersion");
    }

    public boolean installed() {
        return installedVersion.isPresent();
    }

    /** Installed, listed, and the catalog's version differs from the installed one. */
    public boolean updateAvailable() {
        return installedVersion.isPresent()
                && availableVersion.isPresent()
                && !installedVersion.equals(availableVersion);
    }

    /** The name in {@code language}, else English, else the symbolic name. */
    public String name(String language) {
        return names.getOrDefault(language, names.getOrDefault("en", symbolicName));
    }
}

package kz.qoltanba.bridge.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the bridge keeps its files when no {@code --home} is given. The user's home is {@code $HOME} when set
 * (Java's {@code user.home} ignores it, but tests and browsers rely on it), else {@code user.home}.
 */
public final class HomeDirectory {
    private HomeDirectory() {}

    /**
     * @param explicit the {@code --home} value, or null
     * @param environment the process environment
     * @param osName the value of {@code os.name}
     * @param javaUserHome the value of {@code user.home}
     */
    public static Path resolve(Path explicit, Map<String, String> environment, String osName, String javaUserHome) {
        if (explicit != null) {
            return explicit.toAbsolutePath().normalize();
        }
        Path userHome = Path.of(nonBlank(environment.get("HOME"), javaUserHome));
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            Path base = isBlank(appData) ? userHome.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve("Qoltanba");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("Qoltanba");
        }
        String xdg = environment.get("XDG_CONFIG_HOME");
        Path base = isBlank(xdg) ? userHome.resolve(".config") : Path.of(xdg);
        return base.resolve("qoltanba");
    }

    /** The user's home as the bridge understands it ({@code $HOME} first). */
    public static Path userHome(Map<String, String> environment, String javaUserHome) {
        return Path.of(nonBlank(environment.get("HOME"), javaUserHome));
    }

    private static String nonBlank(String preferred, String fallback) {
        return isBlank(preferred) ? fallback : preferred;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}

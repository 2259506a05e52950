package kz.qoltanba.signing.token;

import java.nio.file.Path;
import java.util.Locale;

/** Where each operating system keeps PKCS#11 libraries and how it names them. */
public enum OperatingSystem {
    WINDOWS("C:\\Windows\\System32\\", "", ".dll"),
    LINUX("/usr/lib/", "lib", ".so"),
    MACOS("/usr/local/lib/", "lib", ".dylib");

    private final String directory;
    private final String prefix;
    private final String suffix;

    OperatingSystem(String directory, String prefix, String suffix) {
        this.directory = directory;
        this.prefix = prefix;
        this.suffix = suffix;
    }

    /** The default location of a library with this base name ({@code jcPKCS11-2} → {@code /usr/lib/libjcPKCS11-2.so}). */
    public Path libraryPath(String baseName) {
        return Path.of(directory + prefix + baseName + suffix);
    }

    /** The system named by an {@code os.name} value; anything not Windows or macOS is treated as Linux. */
    public static OperatingSystem fromOsName(String osName) {
        String name = osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            return WINDOWS;
        }
        return name.startsWith("mac") || name.startsWith("darwin") ? MACOS : LINUX;
    }

    /** The system this JVM runs on. */
    public static OperatingSystem current() {
        return fromOsName(System.getProperty("os.name", "linux"));
    }
}

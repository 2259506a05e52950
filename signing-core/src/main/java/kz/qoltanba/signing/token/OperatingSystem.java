package kz.qoltanba.signing.token;

import java.nio.file.Path;
import java.util.Locale;

/** The operating systems whose PKCS#11 library locations the library knows. */
public enum OperatingSystem {
    WINDOWS("C:\\Windows\\System32\\"),
    LINUX("/usr/lib/"),
    MACOS("/usr/local/lib/");

    private final String libraryDirectory;

    OperatingSystem(String libraryDirectory) {
        this.libraryDirectory = libraryDirectory;
    }

    /** Where vendors' installers put PKCS#11 libraries on this system. */
    Path library(String fileName) {
        return Path.of(libraryDirectory + fileName);
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

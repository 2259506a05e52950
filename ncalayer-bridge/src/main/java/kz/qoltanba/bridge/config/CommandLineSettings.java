package kz.qoltanba.bridge.config;

import java.nio.file.Path;
import java.util.List;

/**
 * What the command line says; null or empty means "not given". Lists add to the configured ones
 * ({@code --allowed-origin}, {@code --trust}); single values replace them.
 */
public record CommandLineSettings(
        Path home,
        Integer port,
        List<String> allowedOrigins,
        String tsaUrl,
        List<Path> trustAnchors,
        boolean unattended,
        Path keystore,
        String passwordEnv,
        Path keysDir,
        String tokenPinEnv) {

    public CommandLineSettings {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        trustAnchors = trustAnchors == null ? List.of() : List.copyOf(trustAnchors);
    }

    /** Without {@code --token-pin-env}. */
    public CommandLineSettings(
            Path home,
            Integer port,
            List<String> allowedOrigins,
            String tsaUrl,
            List<Path> trustAnchors,
            boolean unattended,
            Path keystore,
            String passwordEnv,
            Path keysDir) {
        this(home, port, allowedOrigins, tsaUrl, trustAnchors, unattended, keystore, passwordEnv, keysDir, null);
    }

    /** Nothing given on the command line. */
    public static CommandLineSettings none() {
        return new CommandLineSettings(null, null, List.of(), null, List.of(), false, null, null, null);
    }
}

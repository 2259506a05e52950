package kz.qoltanba.bridge.config;

import java.nio.file.Path;

/**
 * The keys unattended mode signs with: one key file with its password in an environment variable, or a folder
 * of {@code .p12} files with a {@code <name>.password} file beside each (at most one of the two is set); and,
 * when {@code tokenPinEnv} names an environment variable, the keys of a present token opened with that PIN.
 */
public record UnattendedKeys(Path keystore, String passwordEnv, Path keysDir, String tokenPinEnv) {
    /** Key files only, no token. */
    public UnattendedKeys(Path keystore, String passwordEnv, Path keysDir) {
        this(keystore, passwordEnv, keysDir, null);
    }
}

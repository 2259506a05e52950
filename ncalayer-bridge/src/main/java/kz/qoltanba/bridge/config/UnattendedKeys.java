package kz.qoltanba.bridge.config;

import java.nio.file.Path;

/**
 * The keys unattended mode signs with: one key file with its password in an environment variable, or a folder
 * of {@code .p12} files with a {@code <name>.password} file beside each. Exactly one of the two is set.
 */
public record UnattendedKeys(Path keystore, String passwordEnv, Path keysDir) {}

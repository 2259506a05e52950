package kz.qoltanba.bridge.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.token.KeyEntry;
import kz.qoltanba.signing.token.KeyStoreSource;
import kz.qoltanba.signing.token.KeyStores;
import kz.qoltanba.signing.token.StorageType;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Opens the key file a command names ({@code --keystore F --password-env VAR}) and picks its key. The
 * password is taken from the environment, never from the command line (where other users could read
 * it), and the character copy made of it is wiped as soon as the file is open.
 */
final class KeyStoreAccess {
    private final Map<String, String> environment;

    KeyStoreAccess(Map<String, String> environment) {
        this.environment = environment;
    }

    /** Opens a PKCS#12 file ({@code .jks} files as JKS). */
    KeyStoreSource open(CommandLine command, Path keystore, String passwordEnv) throws SigningException {
        if (passwordEnv == null) {
            throw new ParameterException(command, "--keystore needs --password-env VAR naming the password variable.");
        }
        String value = environment.get(passwordEnv);
        if (value == null) {
            throw new ParameterException(
                    command, "The environment variable " + passwordEnv + " (--password-env) is not set.");
        }
        char[] password = value.toCharArray();
        try {
            return KeyStores.open(type(keystore), keystore, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * The key with {@code alias}, or the only key of the store; a store with several keys and no alias
     * is a usage error that lists the aliases.
     */
    static KeyEntry choose(CommandLine command, KeyStoreSource store, String alias)
            throws SigningException, CommandFailedException {
        if (alias != null) {
            return store.key(alias);
        }
        List<KeyEntry> keys = store.keys();
        if (keys.isEmpty()) {
            throw new CommandFailedException("The key store " + store.name() + " holds no key with a certificate.");
        }
        if (keys.size() > 1) {
            throw new ParameterException(
                    command,
                    "The key store " + store.name() + " holds " + keys.size()
                            + " keys; choose one with --alias (aliases: "
                            + String.join(
                                    ", ", keys.stream().map(KeyEntry::alias).toList()) + ").");
        }
        return keys.get(0);
    }

    private static StorageType type(Path keystore) {
        String name = String.valueOf(keystore.getFileName()).toLowerCase(Locale.ROOT);
        return name.endsWith(".jks") ? StorageType.JKS : StorageType.PKCS12;
    }
}

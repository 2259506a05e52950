package kz.qoltanba.bridge.unattended;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import kz.qoltanba.bridge.config.ConfigException;
import kz.qoltanba.bridge.config.UnattendedKeys;
import kz.qoltanba.signing.token.StorageType;

/**
 * The key files unattended mode may use, in file-name order, and where each one's password comes from: an
 * environment variable ({@code --keystore F --password-env VAR}) or a {@code <name>.password} file beside
 * each {@code <name>.p12} ({@code --keys-dir DIR}) that only its owner may read. Passwords are read when
 * needed and never kept.
 */
final class UnattendedKeySet {
    /** One key file and the source of its password. */
    record Key(String name, Path file, Path passwordFile, String passwordVariable) {
        /** JKS for a {@code .jks} file, else PKCS#12. */
        StorageType storage() {
            return name.toLowerCase(Locale.ROOT).endsWith(".jks") ? StorageType.JKS : StorageType.PKCS12;
        }
    }

    private final List<Key> keys;
    private final Function<String, String> environment;
    private final String tokenPinVariable;

    private UnattendedKeySet(List<Key> keys, Function<String, String> environment, String tokenPinVariable) {
        this.keys = List.copyOf(keys);
        this.environment = environment;
        this.tokenPinVariable = tokenPinVariable;
    }

    static UnattendedKeySet load(UnattendedKeys config, Function<String, String> environment) throws ConfigException {
        if (config.keysDir() == null && config.keystore() == null) {
            return new UnattendedKeySet(List.of(), environment, config.tokenPinEnv());
        }
        if (config.keysDir() == null) {
            Path file = config.keystore().toAbsolutePath();
            Key key = new Key(file.getFileName().toString(), file, null, config.passwordEnv());
            return new UnattendedKeySet(List.of(key), environment, config.tokenPinEnv());
        }
        List<Key> keys = new ArrayList<>();
        try (Stream<Path> listing = Files.list(config.keysDir())) {
            for (Path file : listing.filter(p -> p.getFileName().toString().endsWith(".p12"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList()) {
                String name = file.getFileName().toString();
                Path passwordFile =
                        file.resolveSibling(name.substring(0, name.length() - ".p12".length()) + ".password");
                checkPasswordFile(passwordFile);
                keys.add(new Key(name, file.toAbsolutePath(), passwordFile.toAbsolutePath(), null));
            }
        } catch (IOException e) {
            throw new ConfigException("--keys-dir " + config.keysDir() + " cannot be read: " + e.getMessage(), e);
        }
        return new UnattendedKeySet(keys, environment, config.tokenPinEnv());
    }

    private static void checkPasswordFile(Path passwordFile) throws ConfigException, IOException {
        if (!Files.isRegularFile(passwordFile)) {
            throw new ConfigException("--keys-dir: the password file " + passwordFile + " is missing (each <name>.p12 "
                    + "needs <name>.password beside it).");
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(passwordFile, PosixFileAttributeView.class);
        if (posix != null) {
            Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
            if (permissions.contains(PosixFilePermission.GROUP_READ)
                    || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                throw new ConfigException("--keys-dir: the password file " + passwordFile
                        + " is readable by other users; make it private (chmod 600) and start again.");
            }
        }
    }

    /** The key files in file-name order; may be empty (every request then finds no suitable certificate). */
    List<Key> keys() {
        return keys;
    }

    Optional<Key> byName(String name) {
        return keys.stream().filter(key -> key.name().equals(name)).findFirst();
    }

    /** Whether a token's PIN is configured ({@code --token-pin-env}), so present tokens answer too. */
    boolean tokensAnswer() {
        return tokenPinVariable != null;
    }

    /** The token PIN; the caller wipes it. Empty when none is configured or the variable is not set now. */
    Optional<char[]> tokenPin() {
        return Optional.ofNullable(tokenPinVariable).map(environment).map(String::toCharArray);
    }

    /** The key's password; the caller wipes it. Empty when it cannot be read now. */
    Optional<char[]> password(Key key) {
        if (key.passwordVariable() != null) {
            String value = environment.apply(key.passwordVariable());
            return Optional.ofNullable(value).map(String::toCharArray);
        }
        byte[] bytes = null;
        try {
            bytes = Files.readAllBytes(key.passwordFile());
            int length = bytes.length;
            while (length > 0 && (bytes[length - 1] == '\n' || bytes[length - 1] == '\r')) {
                length--;
            }
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, 0, length));
            char[] password = Arrays.copyOf(chars.array(), chars.limit());
            Arrays.fill(chars.array(), '\0');
            return Optional.of(password);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } finally {
            if (bytes != null) {
                Arrays.fill(bytes, (byte) 0);
            }
        }
    }
}

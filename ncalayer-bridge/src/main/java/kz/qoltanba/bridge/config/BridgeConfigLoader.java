package kz.qoltanba.bridge.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the {@link BridgeConfig} from four layers, each overriding the one before: built-in defaults,
 * {@code <home>/bridge.properties}, the environment ({@code QOLTANBA_*}) then system properties
 * ({@code qoltanba.*}), and the command line. Unattended mode comes only from the command line.
 */
public final class BridgeConfigLoader {
    /** The configuration file inside the home directory. */
    public static final String FILE_NAME = "bridge.properties";

    private static final Set<String> COMMAND_LINE_ONLY =
            Set.of("unattended", "keystore", "password.env", "keys.dir", "token.pin.env");

    private final Map<String, String> environment;
    private final Properties systemProperties;

    public BridgeConfigLoader(Map<String, String> environment, Properties systemProperties) {
        this.environment = Map.copyOf(environment);
        this.systemProperties = systemProperties;
    }

    public BridgeConfig load(CommandLineSettings commandLine) throws ConfigException {
        Path home = HomeDirectory.resolve(
                commandLine.home(),
                environment,
                systemProperties.getProperty("os.name", ""),
                systemProperties.getProperty("user.home", ""));
        Map<ConfigKey, SourcedValue> layers = new EnumMap<>(ConfigKey.class);
        for (ConfigKey key : ConfigKey.values()) {
            layers.put(key, new SourcedValue(key.defaultValue(), "the built-in default"));
        }
        readFile(home.resolve(FILE_NAME), layers);
        for (ConfigKey key : ConfigKey.values()) {
            String fromEnvironment = environment.get(key.environmentVariable());
            if (fromEnvironment != null) {
                layers.put(key, new SourcedValue(fromEnvironment, "environment variable " + key.environmentVariable()));
            }
            String fromSystem = systemProperties.getProperty(key.systemProperty());
            if (fromSystem != null) {
                layers.put(key, new SourcedValue(fromSystem, "system property " + key.systemProperty()));
            }
        }
        applyCommandLine(commandLine, layers);
        return validate(home, commandLine, new ConfigValues(layers));
    }

    private static void readFile(Path file, Map<ConfigKey, SourcedValue> layers) throws ConfigException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        for (String name : properties.stringPropertyNames()) {
            if (COMMAND_LINE_ONLY.contains(name)) {
                throw new ConfigException("Configuration key '" + name + "' in " + file
                        + " is not allowed: unattended mode is enabled only by the command-line flag --unattended.");
            }
            if (name.equals("proxy.password")) {
                throw new ConfigException("Configuration key 'proxy.password' in " + file
                        + " is not allowed: put the password in an environment variable and name it with"
                        + " proxy.password.env.");
            }
            ConfigKey key = ConfigKey.byKey(name)
                    .orElseThrow(() -> new ConfigException("Unknown configuration key '" + name + "' in " + file
                            + "; known keys: " + knownKeys() + "."));
            layers.put(key, new SourcedValue(properties.getProperty(name), file.toString()));
        }
    }

    private static void applyCommandLine(CommandLineSettings commandLine, Map<ConfigKey, SourcedValue> layers) {
        if (commandLine.port() != null) {
            layers.put(ConfigKey.PORT, new SourcedValue(commandLine.port().toString(), "--port"));
        }
        if (commandLine.tsaUrl() != null) {
            layers.put(ConfigKey.TSA_URL, new SourcedValue(commandLine.tsaUrl(), "--tsa-url"));
        }
        if (!commandLine.allowedOrigins().isEmpty()) {
            String joined = join(layers.get(ConfigKey.ALLOWED_ORIGINS).value(), commandLine.allowedOrigins());
            layers.put(ConfigKey.ALLOWED_ORIGINS, new SourcedValue(joined, "configuration plus --allowed-origin"));
        }
    }

    private BridgeConfig validate(Path home, CommandLineSettings commandLine, ConfigValues values)
            throws ConfigException {
        List<Path> trust = new java.util.ArrayList<>(values.certificateFiles(ConfigKey.TRUST_ANCHORS, home));
        for (Path file : commandLine.trustAnchors()) {
            trust.add(ConfigValues.certificateFile(ConfigKey.TRUST_ANCHORS, file.toString(), Path.of("")));
        }
        return new BridgeConfig(
                home,
                values.integer(ConfigKey.PORT, 0, 65535),
                values.origins(ConfigKey.ALLOWED_ORIGINS),
                values.hostSuffixes(ConfigKey.ALLOWED_ORIGIN_SUFFIXES),
                values.bool(ConfigKey.ORIGIN_PROMPT),
                values.integer(ConfigKey.MAX_FRAME_BYTES, 1024, Integer.MAX_VALUE),
                values.integer(ConfigKey.QUEUE_LIMIT, 1, 1024),
                values.integer(ConfigKey.RECENT_KEYS, 0, 50),
                values.httpUrl(ConfigKey.TSA_URL),
                trust,
                unattendedKeys(commandLine),
                new ProxyKeys(values, environment).proxy(),
                values.optionalHttpsUrl(ConfigKey.CATALOG_URL));
    }

    private Optional<UnattendedKeys> unattendedKeys(CommandLineSettings cli) throws ConfigException {
        boolean anyKeyOption = cli.keystore() != null
                || cli.passwordEnv() != null
                || cli.keysDir() != null
                || cli.tokenPinEnv() != null;
        if (!cli.unattended()) {
            if (anyKeyOption) {
                throw new ConfigException(
                        "--keystore, --password-env, --keys-dir and --token-pin-env need --unattended.");
            }
            return Optional.empty();
        }
        String tokenPinEnv = cli.tokenPinEnv();
        if (tokenPinEnv != null && environment.get(tokenPinEnv) == null) {
            throw new ConfigException("--token-pin-env " + tokenPinEnv + ": that environment variable is not set.");
        }
        boolean oneKey = cli.keystore() != null || cli.passwordEnv() != null;
        if (oneKey && cli.keysDir() != null || !oneKey && cli.keysDir() == null && tokenPinEnv == null) {
            throw new ConfigException("--unattended needs either --keystore FILE --password-env VAR or --keys-dir DIR "
                    + "(not both), or --token-pin-env VAR.");
        }
        if (cli.keysDir() != null) {
            if (!Files.isDirectory(cli.keysDir())) {
                throw new ConfigException("--keys-dir " + cli.keysDir() + " is not a directory.");
            }
            return Optional.of(new UnattendedKeys(null, null, cli.keysDir(), tokenPinEnv));
        }
        if (!oneKey) {
            return Optional.of(new UnattendedKeys(null, null, null, tokenPinEnv));
        }
        if (cli.keystore() == null || cli.passwordEnv() == null) {
            throw new ConfigException("--keystore and --password-env go together.");
        }
        if (!Files.isRegularFile(cli.keystore()) || !Files.isReadable(cli.keystore())) {
            throw new ConfigException("--keystore " + cli.keystore() + " does not exist or is not readable.");
        }
        if (environment.get(cli.passwordEnv()) == null) {
            throw new ConfigException(
                    "--password-env " + cli.passwordEnv() + ": that environment variable is not set.");
        }
        return Optional.of(new UnattendedKeys(cli.keystore(), cli.passwordEnv(), null, tokenPinEnv));
    }

    private static String join(String configured, List<String> added) {
        return Stream.concat(Stream.of(configured), added.stream())
                .filter(s -> !s.isBlank())
                .collect(Collectors.joining(","));
    }

    private static String knownKeys() {
        return Stream.of(ConfigKey.values()).map(ConfigKey::key).collect(Collectors.joining(", "));
    }
}

package kz.qoltanba.portal;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Merges defaults, environment, system properties and command line, then checks every value. */
final class ConfigReader {
    static final String DATA_DIR = "PORTAL_DATA_DIR";
    static final String DB_URL = "PORTAL_DB_URL";
    static final String DB_USER = "PORTAL_DB_USER";
    static final String DB_PASSWORD = "PORTAL_DB_PASSWORD";
    static final String DB_PORT = "PORTAL_DB_PORT";
    static final String HOST = "PORTAL_HOST";
    static final String PORT = "PORTAL_PORT";
    static final String ORIGIN = "PORTAL_ORIGIN";
    static final String BRIDGE_URL = "PORTAL_BRIDGE_URL";
    static final String TRUST = "PORTAL_TRUST";
    static final String LOCKOUT = "PORTAL_LOCKOUT";
    static final String SESSION_IDLE = "PORTAL_SESSION_IDLE";
    static final String SESSION_MAX = "PORTAL_SESSION_MAX";
    static final String MAIL_FROM = "PORTAL_MAIL_FROM";
    static final String DEV = "PORTAL_DEV";
    static final String DEMO = "PORTAL_DEMO";
    static final String SIGNATURE_REVOCATION = "PORTAL_SIGNATURE_REVOCATION";
    static final String SIGNATURE_LEGAL_ALGORITHM = "PORTAL_SIGNATURE_LEGAL_ALGORITHM";
    static final String SIGNATURE_TIMESTAMP = "PORTAL_SIGNATURE_TIMESTAMP";
    static final String REGISTERS_URL = "PORTAL_REGISTERS_URL";

    private static final Set<String> KEYS = Set.of(
            DATA_DIR,
            DB_URL,
            DB_USER,
            DB_PASSWORD,
            DB_PORT,
            HOST,
            PORT,
            ORIGIN,
            BRIDGE_URL,
            TRUST,
            LOCKOUT,
            SESSION_IDLE,
            SESSION_MAX,
            MAIL_FROM,
            DEV,
            DEMO,
            SIGNATURE_REVOCATION,
            SIGNATURE_LEGAL_ALGORITHM,
            SIGNATURE_TIMESTAMP,
            REGISTERS_URL);

    private final ConfigValues values = new ConfigValues();
    private final Map<String, String> environment;

    ConfigReader(Map<String, String> environment, Map<String, String> properties, List<String> arguments) {
        this.environment = environment;
        for (String key : KEYS) {
            putIfPresent(key, environment.get(key));
            putIfPresent(key, properties.get(key));
        }
        for (String argument : arguments) {
            applyArgument(argument);
        }
    }

    static Map<String, String> systemProperties() {
        Map<String, String> properties = new HashMap<>();
        for (String name : System.getProperties().stringPropertyNames()) {
            properties.put(name, System.getProperty(name));
        }
        return properties;
    }

    private void putIfPresent(String key, String value) {
        if (value != null && !value.isBlank()) {
            values.set(key, value.trim());
        }
    }

    private void applyArgument(String argument) {
        if (argument.equals("--demo")) {
            values.set(DEMO, "true");
        } else if (argument.equals("--dev")) {
            values.set(DEV, "true");
        } else if (argument.startsWith("--port=")) {
            values.set(PORT, argument.substring("--port=".length()));
        } else {
            throw new PortalConfigException(
                    "command line", "unknown argument '" + argument + "' (known: --demo, --dev, --port=N)");
        }
    }

    PortalConfig read() {
        boolean demo = values.bool(DEMO, false);
        boolean dev = demo || values.bool(DEV, false);
        int port = values.integer(PORT, 8080, 1, 65535);
        String host = values.getOrDefault(HOST, "127.0.0.1");
        URI origin = origin(port);
        List<Path> trust = trustAnchors(dev);
        return new PortalConfig(
                dataDirectory(),
                database(),
                host,
                port,
                origin,
                bridgeUrl(),
                trust,
                values.positiveDuration(LOCKOUT, Duration.ofMinutes(10)),
                values.positiveDuration(SESSION_IDLE, Duration.ofMinutes(30)),
                values.positiveDuration(SESSION_MAX, Duration.ofHours(12)),
                mailFrom(),
                dev,
                demo,
                signaturePolicy(),
                registersUrl());
    }

    private PortalConfig.SignaturePolicy signaturePolicy() {
        String revocation = values.getOrDefault(SIGNATURE_REVOCATION, "HARD");
        if (!revocation.equals("HARD") && !revocation.equals("SOFT")) {
            throw new PortalConfigException(SIGNATURE_REVOCATION, "must be HARD or SOFT, not '" + revocation + "'");
        }
        String algorithm = values.getOrDefault(SIGNATURE_LEGAL_ALGORITHM, "ANY");
        if (!algorithm.equals("ANY") && !algorithm.equals("GOST")) {
            throw new PortalConfigException(SIGNATURE_LEGAL_ALGORITHM, "must be ANY or GOST, not '" + algorithm + "'");
        }
        return new PortalConfig.SignaturePolicy(
                revocation.equals("HARD"), algorithm.equals("GOST"), values.bool(SIGNATURE_TIMESTAMP, false));
    }

    private Path dataDirectory() {
        String configured = values.get(DATA_DIR);
        if (configured != null) {
            return ConfigValues.path(DATA_DIR, configured);
        }
        String home = environment.get("HOME");
        if (home == null || home.isBlank()) {
            home = System.getProperty("user.home");
        }
        return Path.of(home, ".local", "share", "qoltanba-portal");
    }

    private PortalConfig.Database database() {
        int embeddedPort = values.integer(DB_PORT, 0, 0, 65535);
        String url = values.get(DB_URL);
        if (url == null) {
            return new PortalConfig.Database(Optional.empty(), "postgres", "", embeddedPort);
        }
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new PortalConfigException(DB_URL, "must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db)");
        }
        String user = values.get(DB_USER);
        if (user == null) {
            throw new PortalConfigException(DB_USER, "is required when " + DB_URL + " is set");
        }
        return new PortalConfig.Database(Optional.of(url), user, values.getOrDefault(DB_PASSWORD, ""), embeddedPort);
    }

    private URI origin(int port) {
        String configured = values.get(ORIGIN);
        if (configured == null) {
            return URI.create("http://127.0.0.1:" + port);
        }
        URI uri = ConfigValues.uri(ORIGIN, configured);
        boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
        boolean bare = uri.getRawPath() == null
                || uri.getRawPath().isEmpty()
                || uri.getRawPath().equals("/");
        if (!web || uri.getHost() == null || !bare || uri.getRawQuery() != null) {
            throw new PortalConfigException(
                    ORIGIN,
                    "must be an origin like https://portal.example.kz (scheme, host, "
                            + "optional port, no path), got '" + configured + "'");
        }
        String text = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        return URI.create(text);
    }

    private URI bridgeUrl() {
        String configured = values.getOrDefault(BRIDGE_URL, "wss://127.0.0.1:13579/");
        URI uri = ConfigValues.uri(BRIDGE_URL, configured);
        if (!("wss".equals(uri.getScheme()) || "ws".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new PortalConfigException(
                    BRIDGE_URL, "must be a WebSocket URL like wss://127.0.0.1:13579/, got '" + configured + "'");
        }
        return uri;
    }

    private Optional<URI> registersUrl() {
        String configured = values.get(REGISTERS_URL);
        if (configured == null) {
            return Optional.empty();
        }
        URI uri = ConfigValues.uri(REGISTERS_URL, configured);
        boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
        if (!web || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new PortalConfigException(
                    REGISTERS_URL,
                    "must be an http(s) URL like https://registers.example.kz/ (no query), got '" + configured + "'");
        }
        return Optional.of(uri);
    }

    private List<Path> trustAnchors(boolean dev) {
        List<Path> anchors = new ArrayList<>();
        String configured = values.get(TRUST);
        if (configured != null) {
            for (String part : configured.split("[,;" + java.io.File.pathSeparator + "]")) {
                if (part.isBlank()) {
                    continue;
                }
                Path file = ConfigValues.path(TRUST, part.trim());
                if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                    throw new PortalConfigException(TRUST, "cannot read the PEM file " + file);
                }
                anchors.add(file);
            }
        }
        if (anchors.isEmpty() && !dev) {
            throw new PortalConfigException(
                    TRUST, "at least one trusted root certificate (PEM file) is required outside dev mode");
        }
        return anchors;
    }

    private String mailFrom() {
        String from = values.getOrDefault(MAIL_FROM, "noreply@portal.qoltanba.local");
        if (!from.matches("[^@\\s]+@[^@\\s]+")) {
            throw new PortalConfigException(MAIL_FROM, "is not an e-mail address: '" + from + "'");
        }
        return from;
    }
}

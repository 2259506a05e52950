package kz.qoltanba.portal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The portal's whole configuration, validated once at start-up by {@link #load}. Every key is documented in
 * {@code portal-web/README.md}; precedence: built-in defaults &lt; environment &lt; system properties &lt; command
 * line.
 *
 * @param dataDirectory where the portal keeps its files (embedded database, demo keys)
 * @param database embedded (data directory under {@code dataDirectory}) or external by URL
 * @param host the interface the web server listens on
 * @param port the web server's port
 * @param origin the public origin of the portal ({@code scheme://host:port}), bound into login challenges
 * @param bridgeUrl the signing bridge's WebSocket URL the pages connect to
 * @param trustAnchors PEM files of the trusted root certificates (the dev PKI root is added in dev mode)
 * @param lockout how long a login stays locked after too many wrong passwords
 * @param sessionIdle a session ends after this long without a request
 * @param sessionMaxAge a session ends this long after it started, whatever happens
 * @param mailFrom the sender of the portal's mails
 * @param devMode development stand-ins on: dev PKI trusted, dev mailbox page
 * @param demo start with demo data and exported demo keys (implies dev mode)
 * @param signatures the signature policy every signed action is verified against
 * @param registersUrl where the registers (ГБД ЮЛ, real estate, entitlements) answer outside dev mode; empty:
 *     the social area is off outside dev mode
 */
public record PortalConfig(
        Path dataDirectory,
        Database database,
        String host,
        int port,
        URI origin,
        URI bridgeUrl,
        List<Path> trustAnchors,
        Duration lockout,
        Duration sessionIdle,
        Duration sessionMaxAge,
        String mailFrom,
        boolean devMode,
        boolean demo,
        SignaturePolicy signatures,
        Optional<URI> registersUrl) {

    public PortalConfig {
        Objects.requireNonNull(registersUrl, "registersUrl");
        Objects.requireNonNull(signatures, "signatures");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(bridgeUrl, "bridgeUrl");
        trustAnchors = List.copyOf(trustAnchors);
    }

    /**
     * Reads and validates the configuration.
     *
     * @param environment the process environment ({@code System.getenv()})
     * @param properties system properties, by the same key names ({@code -DPORTAL_PORT=9090})
     * @param arguments the command line ({@code --demo}, {@code --dev}, {@code --port=9090})
     * @throws PortalConfigException naming the key whose value is wrong
     */
    public static PortalConfig load(
            Map<String, String> environment, Map<String, String> properties, List<String> arguments) {
        return new ConfigReader(environment, properties, arguments).read();
    }

    /** Reads the real environment, system properties and {@code arguments}. */
    public static PortalConfig fromSystem(List<String> arguments) {
        return load(System.getenv(), ConfigReader.systemProperties(), arguments);
    }

    /** The embedded PostgreSQL's data directory. */
    public Path embeddedDatabaseDirectory() {
        return dataDirectory.resolve("pgdata");
    }

    /** Where dev mode writes the demo personas' key files. */
    public Path demoKeysDirectory() {
        return dataDirectory.resolve("demo-keys");
    }

    /** Whether the session cookie must carry {@code Secure}. */
    public boolean secureCookies() {
        return "https".equals(origin.getScheme());
    }

    /** A copy with another port and the origin that goes with it (tests pick a free port). */
    public PortalConfig withPort(int newPort) {
        URI newOrigin = URI.create(origin.getScheme() + "://" + origin.getHost() + ":" + newPort);
        return new PortalConfig(
                dataDirectory,
                database,
                host,
                newPort,
                newOrigin,
                bridgeUrl,
                trustAnchors,
                lockout,
                sessionIdle,
                sessionMaxAge,
                mailFrom,
                devMode,
                demo,
                signatures,
                registersUrl);
    }

    /** The social area runs: in dev mode (local stand-ins) or when the registers' URL is set. */
    public boolean socialArea() {
        return devMode || registersUrl.isPresent();
    }

    /**
     * What a signature must satisfy besides V1–V12's fixed checks.
     *
     * @param revocation {@code HARD}: a signer whose status no OCSP/CRL source could tell is refused; {@code SOFT}:
     *     accepted (a revoked one never is)
     * @param legalEntityGostOnly a legal entity's document signature must use a GOST key
     * @param timestampRequired a CMS signature must carry a valid signature time-stamp
     */
    public record SignaturePolicy(boolean hardRevocation, boolean legalEntityGostOnly, boolean timestampRequired) {
        /** Revocation HARD, any algorithm, no time-stamp required. */
        public static SignaturePolicy defaults() {
            return new SignaturePolicy(true, false, false);
        }
    }

    /** Where the data lives: an embedded server (external empty) or an external server. */
    public record Database(Optional<String> url, String user, String password, int embeddedPort) {
        public Database {
            Objects.requireNonNull(url, "url");
        }

        public boolean embedded() {
            return url.isEmpty();
        }

        @Override
        public String toString() {
            return url.map(u -> "external " + u + " as " + user).orElse("embedded");
        }
    }
}

package kz.qoltanba.bridge.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.qoltanba.bridge.origin.Origin;

/**
 * The bridge's configuration, validated once at start-up by {@link BridgeConfigLoader}.
 *
 * @param home the home directory (configuration, TLS files, Felix cache, logs)
 * @param port the loopback port; 0 picks a free port (tests)
 * @param allowedOrigins origins that always connect
 * @param allowedOriginSuffixes host suffixes whose https origins always connect
 * @param originPrompt whether other https origins are asked about (false: refused)
 * @param maxFrameBytes the largest text frame accepted; larger closes the socket with 1009
 * @param queueLimit requests that may wait per socket before {@code busy}
 * @param recentKeys how many recently used key files are offered first
 * @param tsaUrl the RFC 3161 timestamp service
 * @param trustAnchors certificate files added to {@code <home>/trust/}
 * @param unattendedKeys present only when {@code --unattended} was given on the command line
 * @param proxy the HTTP proxy for downloads and the timestamp service; empty: the JVM's proxy settings for
 *     downloads, a direct connection to the timestamp service
 * @param catalogUrl where the first module catalog is fetched, and any later one whose predecessor names no
 *     {@code next} URL; empty: only from the current catalog's {@code next}
 */
public record BridgeConfig(
        Path home,
        int port,
        Set<Origin> allowedOrigins,
        List<String> allowedOriginSuffixes,
        boolean originPrompt,
        int maxFrameBytes,
        int queueLimit,
        int recentKeys,
        URI tsaUrl,
        List<Path> trustAnchors,
        Optional<UnattendedKeys> unattendedKeys,
        Optional<HttpProxy> proxy,
        Optional<URI> catalogUrl) {

    public BridgeConfig {
        allowedOrigins = Set.copyOf(allowedOrigins);
        allowedOriginSuffixes = List.copyOf(allowedOriginSuffixes);
        trustAnchors = List.copyOf(trustAnchors);
    }

    /** A configuration without a catalog URL. */
    public BridgeConfig(
            Path home,
            int port,
            Set<Origin> allowedOrigins,
            List<String> allowedOriginSuffixes,
            boolean originPrompt,
            int maxFrameBytes,
            int queueLimit,
            int recentKeys,
            URI tsaUrl,
            List<Path> trustAnchors,
            Optional<UnattendedKeys> unattendedKeys,
            Optional<HttpProxy> proxy) {
        this(
                home,
                port,
                allowedOrigins,
                allowedOriginSuffixes,
                originPrompt,
                maxFrameBytes,
                queueLimit,
                recentKeys,
                tsaUrl,
                trustAnchors,
                unattendedKeys,
                proxy,
                Optional.empty());
    }

    /** A configuration without a proxy or a catalog URL. */
    public BridgeConfig(
            Path home,
            int port,
            Set<Origin> allowedOrigins,
            List<String> allowedOriginSuffixes,
            boolean originPrompt,
            int maxFrameBytes,
            int queueLimit,
            int recentKeys,
            URI tsaUrl,
            List<Path> trustAnchors,
            Optional<UnattendedKeys> unattendedKeys) {
        this(
                home,
                port,
                allowedOrigins,
                allowedOriginSuffixes,
                originPrompt,
                maxFrameBytes,
                queueLimit,
                recentKeys,
                tsaUrl,
                trustAnchors,
                unattendedKeys,
                Optional.empty());
    }

    public boolean unattended() {
        return unattendedKeys.isPresent();
    }

    public Path tlsDirectory() {
        return home.resolve("tls");
    }

    public Path felixCache() {
        return home.resolve("felix-cache");
    }

    public Path logDirectory() {
        return home.resolve("logs");
    }

    public Path trustDirectory() {
        return home.resolve("trust");
    }

    /** Returns a copy listening on another port (tests and the control endpoint use the bound port). */
    public BridgeConfig withPort(int newPort) {
        return new BridgeConfig(
                home,
                newPort,
                allowedOrigins,
                allowedOriginSuffixes,
                originPrompt,
                maxFrameBytes,
                queueLimit,
                recentKeys,
                tsaUrl,
                trustAnchors,
                unattendedKeys,
                proxy,
                catalogUrl);
    }
}

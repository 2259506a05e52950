package kz.qoltanba.bridge.catalog;

import java.net.Authenticator;
import java.net.ProxySelector;
import java.net.URI;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;

/** Fetches catalogs and module jars; the default goes over HTTP(S) through a proxy selector. */
@FunctionalInterface
public interface ModuleDownloads {
    /** The body of a 200 answer to GET {@code url}. */
    byte[] fetch(URI url) throws ModuleDownloadException;

    /**
     * HTTP(S) with 30-second timeouts and a 64 MiB limit, through {@code proxies} (e.g.
     * {@link ProxySelector#getDefault()}, which honours {@code -Dhttps.proxyHost}, or {@link ProxySelector#of}).
     */
    static ModuleDownloads http(ProxySelector proxies) {
        return http(proxies, Optional.empty(), ModuleDownloads::defaultTls);
    }

    /**
     * As {@link #http(ProxySelector)}, answering the proxy's authentication challenges with
     * {@code proxyAuthenticator}; a proxy that still refuses gives a {@link ModuleDownloadException} naming it.
     */
    static ModuleDownloads http(ProxySelector proxies, Authenticator proxyAuthenticator) {
        return http(proxies, Optional.of(proxyAuthenticator), ModuleDownloads::defaultTls);
    }

    /**
     * As {@link #http(ProxySelector, Authenticator)} with an optional authenticator, checking https servers
     * against {@code tls} (e.g. a private publisher's CA) instead of the JVM's default trust.
     */
    static ModuleDownloads http(ProxySelector proxies, Optional<Authenticator> proxyAuthenticator, SSLContext tls) {
        return http(proxies, proxyAuthenticator, () -> tls);
    }

    /** {@code tls} is asked for at the first download: the JVM's default context loads its trust store. */
    private static ModuleDownloads http(
            ProxySelector proxies, Optional<Authenticator> proxyAuthenticator, Supplier<SSLContext> tls) {
        return new HttpModuleDownloads(
                proxies, proxyAuthenticator, tls, HttpModuleDownloads.TIMEOUT, HttpModuleDownloads.MAX_BYTES);
    }

    private static SSLContext defaultTls() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM has no default TLS context", e);
        }
    }
}

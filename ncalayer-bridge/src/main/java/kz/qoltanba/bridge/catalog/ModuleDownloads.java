package kz.qoltanba.bridge.catalog;

import java.net.Authenticator;
import java.net.ProxySelector;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

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
        return new HttpModuleDownloads(proxies, Optional.empty(), Duration.ofSeconds(30), 64L << 20);
    }

    /**
     * As {@link #http(ProxySelector)}, answering the proxy's authentication challenges with
     * {@code proxyAuthenticator}; a proxy that still refuses gives a {@link ModuleDownloadException} naming it.
     */
    static ModuleDownloads http(ProxySelector proxies, Authenticator proxyAuthenticator) {
        return new HttpModuleDownloads(proxies, Optional.of(proxyAuthenticator), Duration.ofSeconds(30), 64L << 20);
    }
}

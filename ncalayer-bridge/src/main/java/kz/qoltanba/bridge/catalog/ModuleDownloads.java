package kz.qoltanba.bridge.catalog;

import java.net.ProxySelector;
import java.net.URI;
import java.time.Duration;

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
        return new HttpModuleDownloads(proxies, Duration.ofSeconds(30), 64L << 20);
    }
}

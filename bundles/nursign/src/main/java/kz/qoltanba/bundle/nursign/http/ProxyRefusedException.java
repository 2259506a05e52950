package kz.qoltanba.bundle.nursign.http;

import java.io.IOException;

/** The proxy answered 407 (or 401, see {@link Route#status}) after the credentials, if any, were tried. */
final class ProxyRefusedException extends IOException {
    private static final long serialVersionUID = 1L;
    private final int status;

    ProxyRefusedException(int status) {
        super("HTTP " + status + " from the proxy");
        this.status = status;
    }

    int status() {
        return status;
    }
}

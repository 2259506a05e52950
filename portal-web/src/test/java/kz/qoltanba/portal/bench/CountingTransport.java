package kz.qoltanba.portal.bench;

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.atomic.AtomicLong;
import kz.qoltanba.signing.validation.RevocationTransport;

/** The real HTTP transport to the dev PKI's OCSP and CRL servers, counting what it fetches. */
final class CountingTransport implements RevocationTransport {
    private final RevocationTransport real;
    private final AtomicLong fetches = new AtomicLong();

    CountingTransport(RevocationTransport real) {
        this.real = real;
    }

    @Override
    public byte[] get(URI uri) throws IOException {
        fetches.incrementAndGet();
        return real.get(uri);
    }

    @Override
    public byte[] post(URI uri, String contentType, byte[] body) throws IOException {
        fetches.incrementAndGet();
        return real.post(uri, contentType, body);
    }

    /** OCSP requests and CRL downloads since the last call. */
    long takeFetches() {
        return fetches.getAndSet(0);
    }
}

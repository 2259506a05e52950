package kz.qoltanba.signing.validation;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

/**
 * How revocation data is fetched: CRLs by GET, OCSP requests by POST. Implementations must apply
 * timeouts and a size limit; any failure is an {@link IOException} (the source is then "unreachable").
 */
public interface RevocationTransport {
    /** The largest answer accepted, so that a hostile server cannot exhaust memory. */
    int MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

    byte[] get(URI uri) throws IOException;

    byte[] post(URI uri, String contentType, byte[] body) throws IOException;

    /** Plain HTTP(S) through the JDK's client, with {@code timeout} for connecting and for each answer. */
    static RevocationTransport http(Duration timeout) {
        return new HttpRevocationTransport(timeout);
    }

    /** A transport that reaches nothing: only the caller's supplied CRLs and OCSP responses are used. */
    static RevocationTransport offline() {
        return new RevocationTransport() {
            @Override
            public byte[] get(URI uri) throws IOException {
                throw new IOException("offline: " + uri + " not fetched");
            }

            @Override
            public byte[] post(URI uri, String contentType, byte[] body) throws IOException {
                throw new IOException("offline: " + uri + " not queried");
            }
        };
    }
}

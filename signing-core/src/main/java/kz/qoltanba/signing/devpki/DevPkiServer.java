package kz.qoltanba.signing.devpki;

import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Set;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;

/**
 * The development PKI's servers over real HTTP on {@code 127.0.0.1}: {@code POST /ocsp/{rsa|gost}}
 * (RFC 6960), {@code POST /tsa/{rsa|gost}} (RFC 3161), {@code GET /crl/NAME.crl} and
 * {@code /crl/NAME-delta.crl}, {@code GET /cert/NAME.cer} (see {@link DevPki} for the names). The PKI
 * is generated after the port is bound, so its certificates point at this server's actual URL.
 *
 * <p><strong>Development stand-in only</strong>; closing it stops the server.
 */
public interface DevPkiServer extends AutoCloseable {
    /** Binds {@code port} (0 for any free port), generates both hierarchies and starts serving. */
    static DevPkiServer start(int port, Clock clock, SecureRandom random) throws IOException, SigningException {
        return start(port, clock, random, DevPki.SUPPORTED_ALGORITHMS);
    }

    static DevPkiServer start(int port, Clock clock, SecureRandom random, Set<KeyAlgorithm> algorithms)
            throws IOException, SigningException {
        return HttpDevPkiServer.start(port, clock, random, algorithms);
    }

    DevPki pki();

    /** {@code http://127.0.0.1:PORT/}. */
    URI baseUrl();

    int port();

    /** Stops serving at once. */
    @Override
    void close();
}

package kz.qoltanba.benchmarks;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Set;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.devpki.DevPki;
import kz.qoltanba.signing.devpki.Persona;
import kz.qoltanba.signing.token.KeyEntry;

/** Keys for the benchmarks, generated at start-up by the development PKI (RSA-2048 or KZ GOST-2015/512). */
final class BenchKeys {
    /** No server runs there: the benchmarks never fetch anything, which a fetch attempt would reveal. */
    static final URI UNUSED_BASE_URL = URI.create("http://127.0.0.1:9/");

    private BenchKeys() {}

    /** A fresh PKI with one hierarchy of {@code algorithm}, dated by {@code clock}. */
    static DevPki pki(KeyAlgorithm algorithm, Clock clock) throws SigningException {
        return DevPki.generate(UNUSED_BASE_URL, clock, new SecureRandom(), Set.of(algorithm));
    }

    /** An individual's signing key with its chain (leaf, intermediate, root). */
    static KeyEntry signer(KeyAlgorithm algorithm) throws SigningException {
        return pki(algorithm, Clock.systemUTC())
                .persona(Persona.INDIVIDUAL_SIGN, algorithm)
                .keyEntry();
    }
}

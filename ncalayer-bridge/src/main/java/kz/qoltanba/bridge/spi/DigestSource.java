package kz.qoltanba.bridge.spi;

import java.io.IOException;

/**
 * One document's digest, computed when the host asks for it: after the key choice, in the digest algorithm the
 * chosen key signs (SHA-256 for RSA, the GOST digest of a GOST key). A module whose document is too large to keep
 * in memory passes one per document in {@link SignRequest#digestSources()} instead of a precomputed digest.
 *
 * @since 0.3
 */
@FunctionalInterface
public interface DigestSource {
    /**
     * The document's digest in the algorithm with this OID (e.g. {@code 2.16.840.1.101.3.4.2.1} for SHA-256,
     * {@code 1.2.398.3.10.1.3.3} for the Kazakh GOST 34.11-2015 512-bit digest).
     *
     * @throws IOException when the document can no longer be read, or the algorithm is not supported; the host
     *     fails the request with a {@link HostSigningException} carrying it as its cause
     */
    byte[] digest(String digestAlgorithmOid) throws IOException;
}

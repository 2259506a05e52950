package kz.qoltanba.bridge.spi;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The signatures, one per document in request order, and the certificate (with its chain, leaf first) of
 * the key that made them.
 *
 * @param keyLocation where the chosen key lives: the key file's absolute path, or the token's storage name;
 *     null when the host does not say. A module passes it back in {@link SignRequest#preferredKeys()}.
 */
public record SignResult(
        List<byte[]> signatures, X509Certificate certificate, List<X509Certificate> chain, String keyLocation) {
    public SignResult {
        signatures = List.copyOf(signatures);
        chain = List.copyOf(chain);
    }

    /** A result that does not say where the key lives. */
    public SignResult(List<byte[]> signatures, X509Certificate certificate, List<X509Certificate> chain) {
        this(signatures, certificate, chain, null);
    }
}

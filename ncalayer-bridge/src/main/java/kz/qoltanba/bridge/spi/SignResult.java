package kz.qoltanba.bridge.spi;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The signatures, one per document in request order, and the certificate (with its chain, leaf first) of
 * the key that made them.
 */
public record SignResult(List<byte[]> signatures, X509Certificate certificate, List<X509Certificate> chain) {
    public SignResult {
        signatures = List.copyOf(signatures);
        chain = List.copyOf(chain);
    }
}

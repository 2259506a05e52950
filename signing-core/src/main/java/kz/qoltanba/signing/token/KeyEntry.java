package kz.qoltanba.signing.token;

import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * One signing key of a store: its alias, private key (in memory for key files, a handle for tokens),
 * certificate and the chain the store holds (leaf first). {@code provider} is the PKCS#11 provider for
 * token keys and null for keys held in memory.
 */
public record KeyEntry(
        String alias,
        PrivateKey privateKey,
        X509Certificate certificate,
        List<X509Certificate> chain,
        Provider provider) {
    public KeyEntry {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(certificate, "certificate");
        chain = List.copyOf(chain);
    }

    @Override
    public String toString() {
        return "KeyEntry[alias=" + alias + ", subject=" + certificate.getSubjectX500Principal() + "]";
    }
}

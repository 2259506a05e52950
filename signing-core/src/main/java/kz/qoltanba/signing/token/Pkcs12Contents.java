package kz.qoltanba.signing.token;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kz.qoltanba.signing.CorruptKeyStoreException;
import kz.qoltanba.signing.UnsupportedAlgorithmException;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;

/**
 * The bags found in a PKCS#12 file, paired into key entries: a key goes with the certificate that has
 * the same localKeyId or, failing that, the one whose public key it matches; the rest of the file's
 * certificates form the chain, leaf first.
 */
final class Pkcs12Contents {
    private record Bag<T>(T value, byte[] localKeyId) {}

    private final List<Bag<PrivateKeyInfo>> keys = new ArrayList<>();
    private final List<Bag<X509Certificate>> certificates = new ArrayList<>();

    void addKey(PrivateKeyInfo key, byte[] localKeyId) {
        keys.add(new Bag<>(key, localKeyId));
    }

    void addCertificate(X509Certificate certificate, byte[] localKeyId) {
        certificates.add(new Bag<>(certificate, localKeyId));
    }

    /** The decrypted keys as stored, before pairing. */
    List<PrivateKeyInfo> keyInfos() {
        return keys.stream().map(Bag::value).toList();
    }

    /** One entry per key that has a certificate; keys without one cannot sign anything verifiable. */
    List<KeyEntry> entries(String storeName) throws UnsupportedAlgorithmException, CorruptKeyStoreException {
        List<KeyEntry> entries = new ArrayList<>();
        for (Bag<PrivateKeyInfo> key : keys) {
            PrivateKeys.algorithmOf(key.value());
            Optional<X509Certificate> certificate = certificateFor(key);
            if (certificate.isPresent()) {
                X509Certificate leaf = certificate.get();
                PrivateKey privateKey = PrivateKeys.decode(key.value(), leaf, storeName);
                entries.add(new KeyEntry(KeyAliases.alias(leaf), privateKey, leaf, chain(leaf), null));
            }
        }
        return entries;
    }

    private Optional<X509Certificate> certificateFor(Bag<PrivateKeyInfo> key) {
        if (key.localKeyId() != null) {
            Optional<X509Certificate> byId = certificates.stream()
                    .filter(c -> c.localKeyId() != null && Arrays.equals(c.localKeyId(), key.localKeyId()))
                    .map(Bag::value)
                    .findFirst();
            if (byId.isPresent()) {
                return byId;
            }
        }
        return certificates.stream()
                .map(Bag::value)
                .filter(c -> PrivateKeys.matches(key.value(), c))
                .findFirst();
    }

    private List<X509Certificate> chain(X509Certificate leaf) {
        List<X509Certificate> chain = new ArrayList<>(List.of(leaf));
        X509Certificate current = leaf;
        while (!current.getIssuerX500Principal().equals(current.getSubjectX500Principal())) {
            X509Certificate child = current;
            Optional<X509Certificate> issuer = certificates.stream()
                    .map(Bag::value)
                    .filter(c -> c.getSubjectX500Principal().equals(child.getIssuerX500Principal()))
                    .filter(c -> !chain.contains(c))
                    .findFirst();
            if (issuer.isEmpty()) {
                break;
            }
            current = issuer.get();
            chain.add(current);
        }
        return chain;
    }
}

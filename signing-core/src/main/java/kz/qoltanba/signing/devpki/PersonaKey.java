package kz.qoltanba.signing.devpki;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Objects;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;
import kz.qoltanba.signing.token.KeyEntry;

/** A persona's key in one hierarchy of the development PKI, with its certificate and chain (leaf first). */
public record PersonaKey(Persona persona, KeyAlgorithm algorithm, KeyEntry keyEntry) {
    public PersonaKey {
        Objects.requireNonNull(persona, "persona");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(keyEntry, "keyEntry");
    }

    public X509Certificate certificate() {
        return keyEntry.certificate();
    }

    public PrivateKey privateKey() {
        return keyEntry.privateKey();
    }
}

package kz.qoltanba.signing.token;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import kz.qoltanba.signing.CorruptKeyStoreException;
import kz.qoltanba.signing.UnsupportedAlgorithmException;
import kz.qoltanba.signing.WrongPasswordException;
import kz.qoltanba.signing.algorithm.Signatures;

/** Key files the JDK reads itself: JKS, and PKCS#12 files protected with PBES2 or a SHA-2 MAC. */
final class JdkKeyStores {
    private JdkKeyStores() {}

    static List<KeyEntry> read(String type, byte[] file, String name, char[] password)
            throws WrongPasswordException, CorruptKeyStoreException, UnsupportedAlgorithmException {
        KeyStore store;
        try {
            store = KeyStore.getInstance(type);
            store.load(new ByteArrayInputStream(file), password);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new WrongPasswordException(name + ": wrong password (the " + type
                        + " key store's integrity check failed with the password given)");
            }
            throw new CorruptKeyStoreException(name + ": not a readable " + type + " key store", e);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new CorruptKeyStoreException(name + ": not a readable " + type + " key store", e);
        }
        try {
            List<KeyEntry> entries = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias) && store.getCertificate(alias) instanceof X509Certificate leaf) {
                    entries.add(entry(store, alias, leaf, name, password));
                }
            }
            return entries;
        } catch (GeneralSecurityException e) {
            throw new CorruptKeyStoreException(name + ": unreadable entry in " + type + " key store", e);
        }
    }

    private static KeyEntry entry(KeyStore store, String alias, X509Certificate leaf, String name, char[] password)
            throws GeneralSecurityException, WrongPasswordException, UnsupportedAlgorithmException {
        Key key;
        try {
            key = store.getKey(alias, password);
        } catch (UnrecoverableKeyException e) {
            throw new WrongPasswordException(
                    name + ": wrong password for key " + alias + " (the key store opened, the key did not)");
        }
        if (!(key instanceof PrivateKey privateKey)) {
            throw new UnsupportedAlgorithmException(name + ": key " + alias + " is not a private key");
        }
        Signatures.algorithmOf(privateKey);
        List<X509Certificate> chain = new ArrayList<>();
        Certificate[] certificates = store.getCertificateChain(alias);
        for (Certificate certificate : certificates == null ? new Certificate[] {leaf} : certificates) {
            chain.add((X509Certificate) certificate);
        }
        return new KeyEntry(alias, privateKey, leaf, chain, null);
    }
}

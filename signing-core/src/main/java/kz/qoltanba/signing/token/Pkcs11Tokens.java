package kz.qoltanba.signing.token;

import java.io.IOException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.security.auth.login.FailedLoginException;
import kz.qoltanba.signing.CorruptKeyStoreException;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.TokenNotPresentException;
import kz.qoltanba.signing.UnsupportedAlgorithmException;
import kz.qoltanba.signing.WrongPasswordException;
import kz.qoltanba.signing.algorithm.Signatures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens PKCS#11 tokens through the JDK's SunPKCS11 provider: one provider instance per opening (not
 * registered with {@link Security}), logged in with the PIN, keys listed with their certificates. The
 * provider's messages are turned into the library's exceptions: token absent, wrong or locked PIN.
 */
final class Pkcs11Tokens {
    private static final Logger LOG = LoggerFactory.getLogger(Pkcs11Tokens.class);

    /** PKCS#11 return values meaning there is nothing usable in the slot. */
    private static final List<String> ABSENT = List.of(
            "CKR_TOKEN_NOT_PRESENT",
            "CKR_TOKEN_NOT_RECOGNIZED",
            "CKR_SLOT_ID_INVALID",
            "CKR_DEVICE_REMOVED",
            "CKR_DEVICE_ERROR",
            "slotListIndex is");

    private Pkcs11Tokens() {}

    static KeyStoreSource open(TokenConfig token, char[] pin) throws SigningException {
        if (!Files.isRegularFile(token.library())) {
            throw new TokenNotPresentException("the PKCS#11 library " + token.library() + " for " + token.description()
                    + " is not installed (configure its path if the vendor installed it elsewhere)");
        }
        Provider provider = provider(token);
        KeyStore store = login(token, provider, pin);
        try {
            return new TokenKeys(token.toString(), entries(token, store, provider), provider);
        } catch (KeyStoreException e) {
            throw new CorruptKeyStoreException("cannot list the keys of token " + token + ": " + e.getMessage(), e);
        }
    }

    private static Provider provider(TokenConfig token) throws TokenNotPresentException {
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            throw new TokenNotPresentException(
                    "this Java runtime has no SunPKCS11 provider (module jdk.crypto.cryptoki)");
        }
        try {
            return base.configure(token.sunPkcs11Configuration());
        } catch (ProviderException | IllegalArgumentException e) {
            String reason = reason(e);
            throw new TokenNotPresentException(
                    "no usable token in " + token + (isAbsent(reason) ? ": " : ": the library failed: ") + reason, e);
        }
    }

    private static KeyStore login(TokenConfig token, Provider provider, char[] pin) throws SigningException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, pin);
            return store;
        } catch (KeyStoreException e) {
            throw new TokenNotPresentException("no token in " + token, e);
        } catch (IOException | GeneralSecurityException e) {
            String reason = reason(e);
            if (reason.contains("CKR_PIN_LOCKED")) {
                throw new WrongPasswordException("the PIN of token " + token + " is locked", e);
            }
            if (hasCause(e, FailedLoginException.class) || reason.contains("CKR_PIN_")) {
                throw new WrongPasswordException("wrong PIN for token " + token + " (the token refused the login)", e);
            }
            if (isAbsent(reason)) {
                throw new TokenNotPresentException("token " + token + " was removed: " + reason, e);
            }
            throw new CorruptKeyStoreException("cannot log in to token " + token + ": " + reason, e);
        }
    }

    private static List<KeyEntry> entries(TokenConfig token, KeyStore store, Provider provider)
            throws KeyStoreException {
        List<KeyEntry> entries = new ArrayList<>();
        for (String alias : Collections.list(store.aliases())) {
            if (!store.isKeyEntry(alias) || !(store.getCertificate(alias) instanceof X509Certificate leaf)) {
                continue;
            }
            try {
                Key key = store.getKey(alias, null);
                if (key instanceof PrivateKey privateKey) {
                    Signatures.algorithmOf(privateKey);
                    entries.add(new KeyEntry(alias, privateKey, leaf, chain(store, alias, leaf), provider));
                }
            } catch (UnsupportedAlgorithmException | GeneralSecurityException e) {
                LOG.debug("token {}: key {} skipped: {}", token.description(), alias, e.getMessage());
            }
        }
        return entries;
    }

    private static List<X509Certificate> chain(KeyStore store, String alias, X509Certificate leaf)
            throws KeyStoreException {
        Certificate[] certificates = store.getCertificateChain(alias);
        if (certificates == null) {
            return List.of(leaf);
        }
        List<X509Certificate> chain = new ArrayList<>();
        for (Certificate certificate : certificates) {
            chain.add((X509Certificate) certificate);
        }
        return chain;
    }

    private static boolean isAbsent(String reason) {
        return ABSENT.stream().anyMatch(reason::contains);
    }

    /** The innermost message, which is where SunPKCS11 puts the PKCS#11 return value. */
    private static String reason(Throwable e) {
        StringBuilder reason = new StringBuilder();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                reason.append(reason.length() == 0 ? "" : "; ").append(cause.getMessage());
            }
        }
        return reason.length() == 0 ? e.getClass().getSimpleName() : reason.toString();
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}

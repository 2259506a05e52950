package kz.qoltanba.signing.token;

import java.time.Instant;
import java.util.List;
import kz.qoltanba.signing.ExpiredKeyException;
import kz.qoltanba.signing.KeyNotFoundException;
import kz.qoltanba.signing.KeyNotYetValidException;

/**
 * Choosing the key a signature is made with: by alias, and only if its certificate is valid at the
 * instant of signing (the caller passes the instant from its clock). Choosing by purpose, EKU, IIN/BIN
 * or serial is done on the same {@code List<KeyEntry>} by the certificate package's key filter.
 */
public final class SigningKeys {
    private SigningKeys() {}

    /** The key with {@code alias} among {@code keys}, checked to be valid at {@code at}. */
    public static KeyEntry chooseForSigning(List<KeyEntry> keys, String alias, Instant at)
            throws KeyNotFoundException, ExpiredKeyException, KeyNotYetValidException {
        KeyEntry entry = keys.stream()
                .filter(key -> key.alias().equals(alias))
                .findFirst()
                .orElseThrow(() ->
                        new KeyNotFoundException("no key with alias " + alias + " among " + keys.size() + " key(s)"));
        return requireValidAt(entry, at);
    }

    /** The key with {@code alias} in {@code store}, checked to be valid at {@code at}. */
    public static KeyEntry chooseForSigning(KeyStoreSource store, String alias, Instant at)
            throws KeyNotFoundException, ExpiredKeyException, KeyNotYetValidException {
        return requireValidAt(store.key(alias), at);
    }

    /** {@code entry} itself if its certificate is valid at {@code at}. */
    public static KeyEntry requireValidAt(KeyEntry entry, Instant at)
            throws ExpiredKeyException, KeyNotYetValidException {
        Instant notAfter = entry.certificate().getNotAfter().toInstant();
        Instant notBefore = entry.certificate().getNotBefore().toInstant();
        if (at.isAfter(notAfter)) {
            throw new ExpiredKeyException("key " + entry.alias() + " ("
                    + entry.certificate().getSubjectX500Principal()
                    + ") expired: its certificate is valid until notAfter " + notAfter + ", the signing time is " + at);
        }
        if (at.isBefore(notBefore)) {
            throw new KeyNotYetValidException("key " + entry.alias() + " ("
                    + entry.certificate().getSubjectX500Principal() + ") is not yet valid: its certificate is valid"
                    + " from notBefore " + notBefore + ", the signing time is " + at);
        }
        return entry;
    }
}

package kz.qoltanba.signing.token;

import java.util.List;
import kz.qoltanba.signing.KeyNotFoundException;

/**
 * An opened key store (key file or token) and the keys it holds with their certificates. Opened by
 * {@link KeyStores}; close it to log out of a token (closing a key file's source is harmless).
 */
public interface KeyStoreSource extends AutoCloseable {
    /** What was opened, for messages: a file name or a token description. Never a secret. */
    String name();

    /** Every key of the store that has a certificate, in the store's order. */
    List<KeyEntry> keys();

    /** The key with this alias. */
    default KeyEntry key(String alias) throws KeyNotFoundException {
        return keys().stream()
                .filter(entry -> entry.alias().equals(alias))
                .findFirst()
                .orElseThrow(() -> new KeyNotFoundException(
                        "no key with alias " + alias + " in " + name() + " (it holds " + keys().size() + " key(s))"));
    }

    @Override
    void close();
}

package kz.qoltanba.signing.token;

import java.util.List;

/** Keys read from a file into memory: nothing to release on close. */
record LoadedKeys(String name, List<KeyEntry> keys) implements KeyStoreSource {
    LoadedKeys {
        keys = List.copyOf(keys);
    }

    @Override
    public void close() {}
}

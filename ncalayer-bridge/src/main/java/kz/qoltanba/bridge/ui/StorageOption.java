package kz.qoltanba.bridge.ui;

import java.util.Objects;

/**
 * A place the user may take the key from.
 *
 * @param id the caller's identifier (e.g. {@code PKCS12}, or a token's slot)
 * @param tokenLabel the token's label as shown to the user, or null for "a key file"
 */
public record StorageOption(String id, String tokenLabel) {
    public StorageOption {
        Objects.requireNonNull(id, "id");
    }

    public static StorageOption keyFile() {
        return new StorageOption("PKCS12", null);
    }

    public boolean isKeyFile() {
        return tokenLabel == null;
    }
}

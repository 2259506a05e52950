package kz.qoltanba.signing.token;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a PKCS#11 token is: its library and slot, chosen either by position in the library's slot
 * list ({@code slotListIndex}, what NCALayer-style tools use) or by PKCS#11 slot ID ({@code slotId},
 * non-null to take precedence). {@code description} names the token in messages ("AKKaztokenStore",
 * "test token").
 */
public record TokenConfig(String description, Path library, int slotListIndex, Long slotId) {
    public TokenConfig {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(library, "library");
        if (slotListIndex < 0) {
            throw new IllegalArgumentException("slotListIndex must not be negative: " + slotListIndex);
        }
        if (slotId != null && slotId < 0) {
            throw new IllegalArgumentException("slotId must not be negative: " + slotId);
        }
    }

    /** The token of a hardware storage, through the library configured for it. */
    public static TokenConfig of(StorageType type, Pkcs11Libraries libraries, int slotListIndex) {
        return new TokenConfig(type.ncaLayerName(), libraries.libraryFor(type), slotListIndex, null);
    }

    public static TokenConfig atSlotListIndex(String description, Path library, int slotListIndex) {
        return new TokenConfig(description, library, slotListIndex, null);
    }

    public static TokenConfig atSlotId(String description, Path library, long slotId) {
        return new TokenConfig(description, library, 0, slotId);
    }

    /** The configuration text SunPKCS11 reads. */
    String sunPkcs11Configuration() {
        String name = description.replaceAll("[^A-Za-z0-9]", "");
        return "--name=" + (name.isEmpty() ? "token" : name) + "\n"
                + "library=" + libraryValue() + "\n"
                + (slotId != null ? "slot=" + slotId : "slotListIndex=" + slotListIndex) + "\n";
    }

    /** SunPKCS11 splits values at white space unless quoted, and quoted values treat backslash as escape. */
    private String libraryValue() {
        String path = library.toString();
        if (path.chars().noneMatch(Character::isWhitespace)) {
            return path;
        }
        return '"' + path.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    @Override
    public String toString() {
        return description + " (" + library + ", "
                + (slotId != null ? "slot " + slotId : "slot list index " + slotListIndex) + ")";
    }
}

package kz.qoltanba.bridge.modules.commonutils;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import kz.qoltanba.bridge.modules.StorageNames;
import kz.qoltanba.bridge.spi.HostSigning;
import kz.qoltanba.bridge.spi.KeyFilter;
import kz.qoltanba.bridge.spi.KeyPurpose;

/**
 * Turns the {@code storageName} and {@code keyType} arguments into a {@link KeyFilter}: an unknown storage is
 * an error, a hardware storage with no device present is {@code storage.empty}; {@code SIGNATURE} and
 * {@code AUTHENTICATION} filter by purpose and any other key type means no filter. Certificates are checked
 * against the host's configured trust anchors (commonUtils has no {@code chain} argument).
 */
final class KeyChoice {
    static final String STORAGE_EMPTY = "storage.empty";

    private final HostSigning signing;

    KeyChoice(HostSigning signing) {
        this.signing = signing;
    }

    CompletionStage<KeyFilter> filter(String storageName, String keyType) throws CommonUtilsException {
        checkKnown(storageName);
        KeyPurpose purpose = purpose(keyType);
        if (!StorageNames.isHardware(storageName)) {
            return CompletableFuture.completedFuture(filterFor(storageName, purpose));
        }
        return signing.activeTokens().thenApply(active -> {
            if (!active.contains(storageName)) {
                throw new CompletionException(new CommonUtilsException(STORAGE_EMPTY));
            }
            return filterFor(storageName, purpose);
        });
    }

    static void checkKnown(String storageName) throws CommonUtilsException {
        if (!StorageNames.isKnown(storageName)) {
            throw new CommonUtilsException("Unknown storage name '" + printable(storageName)
                    + "'; use PKCS12, JKS or a token name such as AKKaztokenStore.");
        }
    }

    static KeyPurpose purpose(String keyType) {
        return switch (keyType) {
            case "SIGNATURE" -> KeyPurpose.SIGNATURE;
            case "AUTHENTICATION" -> KeyPurpose.AUTHENTICATION;
            default -> KeyPurpose.ANY;
        };
    }

    private static KeyFilter filterFor(String storageName, KeyPurpose purpose) {
        return new KeyFilter(List.of(storageName), purpose, List.of(), null, null, null, null);
    }

    /** The argument as shown in a message: at most 40 characters, control characters removed. */
    static String printable(String value) {
        String cleaned = value.replaceAll("\\p{Cntrl}", "");
        return cleaned.length() > 40 ? cleaned.substring(0, 40) + "…" : cleaned;
    }
}

package kz.qoltanba.bridge.signing;

import java.nio.file.Path;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Security;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks SunPKCS11, slot by slot, whether a slot holds a token it recognises: the provider offers a key store only
 * then, and an uninitialised token refuses with {@code CKR_TOKEN_NOT_RECOGNIZED}. No login, so no PIN attempt
 * is spent.
 */
final class SunPkcs11SlotProbe implements TokenPresence.SlotProbe {
    private static final Logger LOG = LoggerFactory.getLogger(SunPkcs11SlotProbe.class);
    private static final int MAX_SLOTS = 16;

    @Override
    public OptionalInt firstTokenSlot(Path library) {
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null || library.toString().contains("\"")) {
            return OptionalInt.empty();
        }
        for (int index = 0; index < MAX_SLOTS; index++) {
            try {
                Provider slot = base.configure("--name=probe" + index + "\nlibrary=\""
                        + library.toString().replace("\\", "\\\\") + "\"\n" + "slotListIndex=" + index + "\n");
                if (slot.getService("KeyStore", "PKCS11") != null) {
                    return OptionalInt.of(index);
                }
            } catch (ProviderException | IllegalArgumentException e) {
                String reason = reason(e);
                if (!reason.contains("CKR_")) {
                    return OptionalInt.empty(); // past the last slot, or not a PKCS#11 library
                }
                LOG.debug("PKCS#11 slot {} of {}: no usable token ({})", index, library, reason);
            }
        }
        return OptionalInt.empty();
    }

    private static String reason(Throwable e) {
        StringBuilder reason = new StringBuilder();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            reason.append(cause.getMessage()).append("; ");
        }
        return reason.toString();
    }
}

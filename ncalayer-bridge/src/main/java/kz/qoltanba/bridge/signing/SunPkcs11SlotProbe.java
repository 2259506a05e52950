package kz.qoltanba.bridge.signing;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.ProviderException;
import java.security.SecureRandom;
import java.security.Security;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks SunPKCS11, slot by slot, whether a slot holds a token it recognises: the provider offers a key store only
 * then, and an uninitialised token refuses with {@code CKR_TOKEN_NOT_RECOGNIZED}. No login, so no PIN attempt
 * is spent.
 *
 * <p>A SunPKCS11 provider keeps an open session (and, for an empty removable slot, a thread waiting for a token)
 * until it is collected, so one provider per library and slot is made and kept, not one per probe: a page asking
 * {@code getActiveTokens} every few seconds does not pile them up. A kept provider that offers a key store is
 * asked for a few random bytes (or a digest) on each probe, which needs no login and fails once the token is
 * gone; it is then replaced by a new one.
 */
final class SunPkcs11SlotProbe implements TokenPresence.SlotProbe {
    private static final Logger LOG = LoggerFactory.getLogger(SunPkcs11SlotProbe.class);
    private static final int MAX_SLOTS = 16;

    private record Slot(Path library, int index) {}

    private final Map<Slot, Provider> providers = new HashMap<>();
    private int made;

    @Override
    public synchronized OptionalInt firstTokenSlot(Path library) {
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null || library.toString().contains("\"")) {
            return OptionalInt.empty();
        }
        for (int index = 0; index < MAX_SLOTS; index++) {
            Slot slot = new Slot(library, index);
            try {
                Provider kept = providers.get(slot);
                if (kept != null && offersKeyStore(kept)) {
                    if (stillAnswers(kept)) {
                        return OptionalInt.of(index);
                    }
                    LOG.debug("PKCS#11 slot {} of {}: the token no longer answers", index, library);
                    providers.remove(slot);
                    kept = null;
                }
                Provider provider = kept != null ? kept : configure(base, slot);
                if (offersKeyStore(provider)) {
                    return OptionalInt.of(index);
                }
            } catch (ProviderException | IllegalArgumentException e) {
                providers.remove(slot);
                String reason = reason(e);
                if (!reason.contains("CKR_")) {
                    return OptionalInt.empty(); // past the last slot, or not a PKCS#11 library
                }
                LOG.debug("PKCS#11 slot {} of {}: no usable token ({})", index, library, reason);
            }
        }
        return OptionalInt.empty();
    }

    /** How many providers this probe has made so far (each kept until its token is gone). */
    synchronized int providersMade() {
        return made;
    }

    private Provider configure(Provider base, Slot slot) {
        Provider provider = base.configure("--name=probe" + slot.index() + "\nlibrary=\""
                + slot.library().toString().replace("\\", "\\\\") + "\"\n" + "slotListIndex=" + slot.index() + "\n");
        made++;
        providers.put(slot, provider);
        return provider;
    }

    private static boolean offersKeyStore(Provider provider) {
        return provider.getService("KeyStore", "PKCS11") != null;
    }

    /**
     * Whether the token behind {@code provider} still answers a call that needs no login. A token offering
     * neither random bytes nor a digest cannot be asked, so its provider is not trusted and made anew.
     */
    private static boolean stillAnswers(Provider provider) {
        try {
            if (provider.getService("SecureRandom", "PKCS11") != null) {
                SecureRandom.getInstance("PKCS11", provider).nextBytes(new byte[1]);
                return true;
            }
            Optional<Provider.Service> digest = provider.getServices().stream()
                    .filter(service -> "MessageDigest".equals(service.getType()))
                    .findFirst();
            if (digest.isPresent()) {
                MessageDigest.getInstance(digest.get().getAlgorithm(), provider).digest(new byte[0]);
                return true;
            }
            return false;
        } catch (GeneralSecurityException | ProviderException e) {
            return false;
        }
    }

    private static String reason(Throwable e) {
        StringBuilder reason = new StringBuilder();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            reason.append(cause.getMessage()).append("; ");
        }
        return reason.toString();
    }
}

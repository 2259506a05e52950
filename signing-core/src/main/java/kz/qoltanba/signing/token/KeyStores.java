package kz.qoltanba.signing.token;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kz.qoltanba.signing.CorruptKeyStoreException;
import kz.qoltanba.signing.KeyNotFoundException;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.TokenNotPresentException;
import kz.qoltanba.signing.UnsupportedAlgorithmException;
import kz.qoltanba.signing.WrongPasswordException;

/**
 * Opens key stores. Key files are read whole and closed at once; their keys stay in memory in the
 * returned source. PKCS#12 files in NCA's format (KZ GOST or RSA) are read by the library's own reader,
 * other PKCS#12 files and JKS by the JDK.
 *
 * <p>The caller owns {@code password}: it is not modified or kept, and forms derived from it are
 * wiped; wipe it ({@code Arrays.fill(password, '\0')}) when done.
 */
public final class KeyStores {
    private KeyStores() {}

    /**
     * Opens a key file of type {@link StorageType#PKCS12} or {@link StorageType#JKS}.
     *
     * @throws WrongPasswordException the password does not open the file
     * @throws CorruptKeyStoreException the file is empty, truncated or not a key store of that type
     * @throws UnsupportedAlgorithmException a key of an algorithm the library does not sign with
     * @throws KeyNotFoundException there is no file at {@code file}
     */
    public static KeyStoreSource open(StorageType type, Path file, char[] password) throws SigningException {
        if (type.isToken()) {
            throw new IllegalArgumentException(type.ncaLayerName() + " is a PKCS#11 storage; open it as a token");
        }
        String name = String.valueOf(file.getFileName());
        byte[] bytes = KeyFileBytes.read(file);
        List<KeyEntry> keys = type == StorageType.PKCS12
                ? pkcs12(bytes, name, password)
                : JdkKeyStores.read(type.name(), bytes, name, password);
        return new LoadedKeys(name, keys);
    }

    /**
     * Opens a PKCS#11 token and logs in with {@code pin}; close the source to log out.
     *
     * @throws TokenNotPresentException the library is not installed, or no (initialised) token is in the slot
     * @throws WrongPasswordException the token refused the PIN, or the PIN is locked
     */
    public static KeyStoreSource openToken(TokenConfig token, char[] pin) throws SigningException {
        return Pkcs11Tokens.open(token, pin);
    }

    /** Opens the token of a hardware storage through the library {@code libraries} names for it. */
    public static KeyStoreSource openToken(StorageType type, Pkcs11Libraries libraries, int slotListIndex, char[] pin)
            throws SigningException {
        return openToken(TokenConfig.of(type, libraries, slotListIndex), pin);
    }

    private static List<KeyEntry> pkcs12(byte[] bytes, String name, char[] password) throws SigningException {
        Optional<Pkcs12Contents> contents = new Pkcs12Reader(name).read(bytes, password);
        if (contents.isPresent()) {
            return contents.get().entries(name);
        }
        return JdkKeyStores.read("PKCS12", bytes, name, password);
    }
}

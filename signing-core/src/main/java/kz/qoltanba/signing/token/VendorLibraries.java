package kz.qoltanba.signing.token;

import java.util.List;
import java.util.Map;

/**
 * File names of the vendors' PKCS#11 libraries, per operating system (Windows, Linux, macOS), as their
 * middleware installs them: KAZTOKEN's {@code kztokenp11}, SafeNet Authentication Client's
 * {@code eTPKCS11.dll} / {@code libeTPkcs11.so} for both eTokens, JaCarta's {@code jcPKCS11-2}. The ID card
 * and aKey names follow the same pattern and are the first to check against a real installation; every
 * entry can be overridden through {@link Pkcs11Libraries#withOverrides}.
 */
final class VendorLibraries {
    private static final Map<StorageType, List<String>> FILE_NAMES = Map.of(
            StorageType.KAZTOKEN, List.of("kztokenp11.dll", "libkztokenp11.so", "libkztokenp11.dylib"),
            StorageType.KZ_ID_CARD, List.of("kzidpkcs11.dll", "libkzidpkcs11.so", "libkzidpkcs11.dylib"),
            StorageType.ETOKEN_72K, List.of("eTPKCS11.dll", "libeTPkcs11.so", "libeTPkcs11.dylib"),
            StorageType.ETOKEN_5110, List.of("eTPKCS11.dll", "libeTPkcs11.so", "libeTPkcs11.dylib"),
            StorageType.JACARTA, List.of("jcPKCS11-2.dll", "libjcPKCS11-2.so", "libjcPKCS11-2.dylib"),
            StorageType.AKEY, List.of("akey_pkcs11.dll", "libakey_pkcs11.so", "libakey_pkcs11.dylib"));

    private VendorLibraries() {}

    /** The library file name of a hardware storage on {@code os}. */
    static String fileName(StorageType type, OperatingSystem os) {
        return FILE_NAMES.get(type).get(os.ordinal());
    }
}

package kz.qoltanba.signing.token;

import java.util.Arrays;
import java.util.Optional;

/**
 * The key storages NCALayer names in its protocol: key files ({@code PKCS12}, {@code JKS}) and PKCS#11
 * devices. {@link #ncaLayerName()} is the wire spelling; {@link #libraryBaseName()} the vendor's PKCS#11
 * library without platform prefix or suffix ({@code kztokenp11} becomes {@code kztokenp11.dll} on
 * Windows and {@code libkztokenp11.so} on Linux).
 */
public enum StorageType {
    PKCS12("PKCS12", null),
    JKS("JKS", null),
    /** KAZTOKEN (НУЦ РК's token). */
    KAZTOKEN("AKKaztokenStore", "kztokenp11"),
    /** The national ID card (удостоверение личности). */
    KZ_ID_CARD("AKKZIDCardStore", "kzidpkcs11"),
    /** SafeNet eToken PRO Java 72K (SafeNet Authentication Client). */
    ETOKEN_72K("AKEToken72KStore", "eTPKCS11"),
    /** SafeNet eToken 5110 (SafeNet Authentication Client). */
    ETOKEN_5110("AKEToken5110Store", "eTPKCS11"),
    /** Aladdin R.D. JaCarta (JaCarta Unified Client). */
    JACARTA("AKJaCartaStore", "jcPKCS11-2"),
    /** aKey. */
    AKEY("AKAKEYStore", "akey_pkcs11");

    private final String ncaLayerName;
    private final String libraryBaseName;

    StorageType(String ncaLayerName, String libraryBaseName) {
        this.ncaLayerName = ncaLayerName;
        this.libraryBaseName = libraryBaseName;
    }

    /** The name NCALayer uses for this storage ({@code AKKaztokenStore}, …). */
    public String ncaLayerName() {
        return ncaLayerName;
    }

    /** True for hardware storages, which are opened through PKCS#11. */
    public boolean isToken() {
        return libraryBaseName != null;
    }

    /** The vendor library's base name; empty for key files. */
    public Optional<String> libraryBaseName() {
        return Optional.ofNullable(libraryBaseName);
    }

    /** The storage NCALayer calls {@code name}, compared exactly as NCALayer spells it. */
    public static Optional<StorageType> byNcaLayerName(String name) {
        return Arrays.stream(values())
                .filter(type -> type.ncaLayerName.equals(name))
                .findFirst();
    }
}

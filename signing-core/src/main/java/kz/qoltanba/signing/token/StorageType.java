package kz.qoltanba.signing.token;

import java.util.Arrays;
import java.util.Optional;

/**
 * The key storages NCALayer names in its protocol: key files ({@code PKCS12}, {@code JKS}) and PKCS#11
 * devices. {@link #ncaLayerName()} is the wire spelling; {@link Pkcs11Libraries} says which library
 * serves each device.
 */
public enum StorageType {
    PKCS12("PKCS12", false),
    JKS("JKS", false),
    /** KAZTOKEN. */
    KAZTOKEN("AKKaztokenStore", true),
    /** The national ID card (удостоверение личности). */
    KZ_ID_CARD("AKKZIDCardStore", true),
    /** SafeNet eToken PRO Java 72K (SafeNet Authentication Client). */
    ETOKEN_72K("AKEToken72KStore", true),
    /** SafeNet eToken 5110 (SafeNet Authentication Client). */
    ETOKEN_5110("AKEToken5110Store", true),
    /** Aladdin R.D. JaCarta (JaCarta Unified Client). */
    JACARTA("AKJaCartaStore", true),
    /** aKey. */
    AKEY("AKAKEYStore", true);

    private final String ncaLayerName;
    private final boolean token;

    StorageType(String ncaLayerName, boolean token) {
        this.ncaLayerName = ncaLayerName;
        this.token = token;
    }

    /** The name NCALayer uses for this storage ({@code AKKaztokenStore}, …). */
    public String ncaLayerName() {
        return ncaLayerName;
    }

    /** True for hardware storages, which are opened through PKCS#11. */
    public boolean isToken() {
        return token;
    }

    /** The storage NCALayer calls {@code name}, compared exactly as NCALayer spells it. */
    public static Optional<StorageType> byNcaLayerName(String name) {
        return Arrays.stream(values())
                .filter(type -> type.ncaLayerName.equals(name))
                .findFirst();
    }
}
